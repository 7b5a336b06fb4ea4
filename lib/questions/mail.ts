/** The e-mail telling a shopper their question was answered, with a link to the product (plain text). */
export function answeredMail(
  q: { question: string; answer: string; productTitle: string; productSlug: string },
  siteUrl: string,
): { subject: string; text: string; template: string } {
  const origin = siteUrl.replace(/\/$/, "");
  const text = [
    `Your question about ${q.productTitle} has an answer.`,
    "",
    `You asked: ${q.question}`,
    "",
    `Our answer: ${q.answer}`,
    "",
    `See it on the product page: ${origin}/p/${q.productSlug}#questions`,
  ].join("\n");
  return { subject: `Your question about ${q.productTitle} was answered`, text, template: "question-answered" };
}
