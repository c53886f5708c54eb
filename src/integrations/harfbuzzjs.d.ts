// The parts of harfbuzzjs (no types of its own) that src/integrations/glyphs.ts uses.
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    upem: number;
    destroy(): void;
  }
  export interface HbFont {
    setScale(x: number, y: number): void;
    glyphToPath(glyph: number): string;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): { g: number; cl: number; ax: number; ay: number; dx: number; dy: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer): void;
  }
  const harfbuzz: Promise<HarfBuzz>;
  export default harfbuzz;
}

declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
