// pdfkit ships no types; this declares the part of its API the summary PDF uses (pdfkit 0.20).
declare module 'pdfkit' {
  interface PDFTextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineBreak?: boolean;
    continued?: boolean;
    ellipsis?: boolean | string;
    lineGap?: number;
  }

  interface PDFDocumentOptions {
    size?: string | [number, number];
    margin?: number;
    compress?: boolean;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    info?: {
      Title?: string;
      Author?: string;
      Subject?: string;
      Creator?: string;
      Producer?: string;
      CreationDate?: Date;
    };
  }

  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    readonly page: {
      width: number;
      height: number;
      margins: { top: number; bottom: number; left: number; right: number };
    };
    x: number;
    y: number;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
    end(): void;
    addPage(options?: PDFDocumentOptions): this;
    /** With `bufferPages`: the pages kept in memory, and going back to one of them to draw on it. */
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, x?: number, y?: number, options?: PDFTextOptions): this;
    text(text: string, options?: PDFTextOptions): this;
    heightOfString(text: string, options?: PDFTextOptions): number;
    widthOfString(text: string, options?: PDFTextOptions): number;
    moveDown(lines?: number): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    lineWidth(width: number): this;
    path(d: string): this;
    rect(x: number, y: number, w: number, h: number): this;
    circle(x: number, y: number, r: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    closePath(): this;
    fill(color?: string, rule?: 'even-odd' | 'non-zero'): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string, rule?: 'even-odd' | 'non-zero'): this;
    clip(rule?: 'even-odd' | 'non-zero'): this;
    save(): this;
    restore(): this;
  }

  export default PDFDocument;
}
