/** Size runs shared by several product files. */
export const SIZES = ["S", "M", "L", "XL"];
export const SIZES_XS = ["XS", "S", "M", "L", "XL"];
export const SHOE_SIZES = ["40", "41", "42", "43", "44"];
