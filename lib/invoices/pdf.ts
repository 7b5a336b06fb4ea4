import "server-only";
import PDFDocument from "pdfkit";
import { formatMoney } from "@/lib/money";
import { formatTotalsAmount } from "@/lib/orders/totals";
import type { DocumentDetails } from "./details";
import { loadFonts } from "./fonts";
import { formatTaxRate } from "./tax";

/** Every word the PDF prints besides the frozen details, in one place (for a translated document later). */
const LABELS = {
  invoice: "Invoice",
  credit_note: "Credit note",
  number: { invoice: "Invoice number", credit_note: "Credit note number" },
  issued: "Issue date",
  order: "Order",
  ordered: "Order date",
  paid: "Paid on",
  corrects: "Credits invoice",
  billTo: "Bill to",
  taxNumber: "Tax number",
  item: "Item",
  unitPrice: "Unit price",
  quantity: "Qty",
  amount: "Amount",
  sku: "SKU",
  includedTax: (name: string, rate: number) => `${name} ${formatTaxRate(rate)} included`,
  net: "Net amount",
  reason: "Reason",
  footer: {
    invoice: "Thank you for your order.",
    credit_note: "This credit note records money returned to you for the order above.",
  },
  pricesInclude: (name: string, rate: number) => `Prices include ${name} at ${formatTaxRate(rate)}.`,
  page: (n: number, of: number) => `Page ${n} of ${of}`,
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const CONTENT = A4.width - 2 * MARGIN;
const GREY = "#52525b";
const RULE = "#d4d4d8";
// Table columns: item (wraps), unit price, quantity, amount.
const COL = { item: 250, unit: 95, qty: 45, amount: CONTENT - 250 - 95 - 45 };

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

/** Draws the document as an A4 PDF from its frozen details alone (nothing is read from the settings or the order). */
export async function renderDocumentPdf(details: DocumentDetails): Promise<Buffer> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: {
      Title: `${LABELS[details.kind]} ${details.number}`,
      Author: details.seller.name,
      Subject: `${LABELS.order} ${details.orderNumber}`,
    },
    lang: "en",
    bufferPages: true,
  });
  doc.registerFont("Sans", fonts.regular);
  doc.registerFont("Sans-Bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc, details);
  pageFooters(doc, details);
  doc.end();
  return ended;
}

type Doc = InstanceType<typeof PDFDocument>;

function draw(doc: Doc, d: DocumentDetails) {
  const money = (amount: number) => formatMoney({ amount, currency: d.currency });

  // Seller on the left, the document's title and facts on the right.
  const top = MARGIN;
  doc.font("Sans-Bold").fontSize(18).fillColor("black").text(d.seller.name, MARGIN, top, { width: 280 });
  doc.font("Sans").fontSize(9).fillColor(GREY);
  for (const line of d.seller.addressLines) doc.text(line, { width: 280 });
  if (d.seller.taxNumber) doc.text(`${LABELS.taxNumber}: ${d.seller.taxNumber}`, { width: 280 });
  if (d.seller.email) doc.text(d.seller.email, { width: 280 });
  const leftBottom = doc.y;

  const right = MARGIN + 300;
  const facts: [string, string][] = [
    [LABELS.number[d.kind], d.number],
    [LABELS.issued, day(d.issuedAt)],
    ...(d.invoiceNumber ? [[LABELS.corrects, d.invoiceNumber] as [string, string]] : []),
    [LABELS.order, d.orderNumber],
    [LABELS.ordered, day(d.orderedAt)],
    ...(d.paidAt ? [[LABELS.paid, day(d.paidAt)] as [string, string]] : []),
  ];
  doc
    .font("Sans-Bold")
    .fontSize(20)
    .fillColor("black")
    .text(LABELS[d.kind].toUpperCase(), right, top, { width: CONTENT - 300, align: "right" });
  doc.moveDown(0.3);
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font("Sans").fontSize(9).fillColor(GREY).text(label, right, y, { width: 100 });
    doc
      .font("Sans")
      .fontSize(9)
      .fillColor("black")
      .text(value, right + 100, y, { width: CONTENT - 400, align: "right" });
  }
  doc.y = Math.max(leftBottom, doc.y) + 20;

  // The buyer.
  doc.font("Sans-Bold").fontSize(10).fillColor("black").text(LABELS.billTo, MARGIN, doc.y);
  doc.font("Sans").fontSize(10);
  if (d.buyer.company) doc.text(d.buyer.company, { width: 300 });
  doc.text(d.buyer.name, { width: 300 });
  if (d.buyer.taxNumber) doc.text(`${LABELS.taxNumber}: ${d.buyer.taxNumber}`, { width: 300 });
  doc.fillColor(GREY).fontSize(9);
  for (const line of d.buyer.addressLines) doc.text(line, { width: 300 });
  doc.text(d.buyer.email, { width: 300 });
  doc.moveDown(1.5);

  drawLines(doc, d, money);
  drawTotals(doc, d, money);

  doc.moveDown(2);
  const notes = [
    ...(d.reason ? [`${LABELS.reason}: ${d.reason}`] : []),
    ...(d.tax ? [LABELS.pricesInclude(d.tax.name, d.tax.rateBasisPoints)] : []),
    LABELS.footer[d.kind],
  ];
  doc.font("Sans").fontSize(9).fillColor(GREY);
  for (const note of notes) {
    ensureRoom(doc, 14);
    doc.text(note, MARGIN, doc.y, { width: CONTENT });
  }
}

/** "INV-2026-000001 · Page 1 of 2" at the foot of every page, so a loose page still says what it belongs to. */
function pageFooters(doc: Doc, d: DocumentDetails) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Inside the bottom margin: lift it for this line so PDFKit does not start another page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Sans")
      .fontSize(8)
      .fillColor(GREY)
      .text(`${d.number} · ${LABELS.page(i - start + 1, count)}`, MARGIN, A4.height - MARGIN + 16, { width: CONTENT, align: "right" });
    doc.page.margins.bottom = bottom;
  }
}

/** Starts a new page when `height` more points do not fit on this one. */
function ensureRoom(doc: Doc, height: number): boolean {
  if (doc.y + height <= A4.height - MARGIN) return false;
  doc.addPage();
  doc.y = MARGIN;
  return true;
}

function tableHeader(doc: Doc) {
  const y = doc.y;
  doc.font("Sans-Bold").fontSize(9).fillColor(GREY);
  let x = MARGIN;
  doc.text(LABELS.item, x, y, { width: COL.item });
  x += COL.item;
  doc.text(LABELS.unitPrice, x, y, { width: COL.unit, align: "right" });
  x += COL.unit;
  doc.text(LABELS.quantity, x, y, { width: COL.qty, align: "right" });
  x += COL.qty;
  doc.text(LABELS.amount, x, y, { width: COL.amount, align: "right" });
  const bottom = y + 14;
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(MARGIN + CONTENT, bottom)
    .lineWidth(0.8)
    .strokeColor(RULE)
    .stroke();
  doc.y = bottom + 6;
}

function drawLines(doc: Doc, d: DocumentDetails, money: (n: number) => string) {
  tableHeader(doc);
  for (const line of d.lines) {
    doc.font("Sans").fontSize(10);
    const titleHeight = doc.heightOfString(line.title, { width: COL.item - 8 });
    const skuHeight = line.sku ? 12 : 0;
    const height = titleHeight + skuHeight + 8;
    if (ensureRoom(doc, height)) tableHeader(doc);
    const y = doc.y;
    doc
      .font("Sans")
      .fontSize(10)
      .fillColor("black")
      .text(line.title, MARGIN, y, { width: COL.item - 8 });
    if (line.sku)
      doc
        .fontSize(8)
        .fillColor(GREY)
        .text(`${LABELS.sku} ${line.sku}`, MARGIN, y + titleHeight, { width: COL.item - 8 });
    doc.fontSize(10).fillColor("black");
    let x = MARGIN + COL.item;
    doc.text(line.unitPrice === null ? "" : money(line.unitPrice), x, y, { width: COL.unit, align: "right" });
    x += COL.unit;
    doc.text(String(line.quantity), x, y, { width: COL.qty, align: "right" });
    x += COL.qty;
    doc.text(money(line.total), x, y, { width: COL.amount, align: "right" });
    const bottom = y + height - 4;
    doc
      .moveTo(MARGIN, bottom)
      .lineTo(MARGIN + CONTENT, bottom)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = bottom + 6;
  }
}

function drawTotals(doc: Doc, d: DocumentDetails, money: (n: number) => string) {
  const labelX = MARGIN + CONTENT - 300;
  const row = (label: string, amount: string, style: "plain" | "total" | "note" = "plain") => {
    const bold = style === "total";
    ensureRoom(doc, 18);
    const y = doc.y;
    doc
      .font(bold ? "Sans-Bold" : "Sans")
      .fontSize(bold ? 11 : style === "note" ? 9 : 10)
      .fillColor(style === "note" ? GREY : "black");
    doc.text(label, labelX, y, { width: 190 });
    doc.text(amount, labelX + 190, y, { width: 110, align: "right" });
    doc.y = Math.max(doc.y, y + (bold ? 16 : 14));
  };
  doc.moveDown(0.5);
  for (const r of d.totals) row(r.label, formatTotalsAmount(r, money), r.kind === "total" ? "total" : "plain");
  if (d.tax) {
    row(LABELS.includedTax(d.tax.name, d.tax.rateBasisPoints), money(d.tax.amount), "note");
    row(LABELS.net, money(d.tax.net), "note");
  }
}
