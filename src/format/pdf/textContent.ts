import { PDF_OPS, RuleOperators } from './contentStream.js';
import { FONT_IDENTITY_MATRIX, loadFont, type Font } from './fonts.js';
import { DELIMITER, Lexer, PdfKeyword, WHITE, PdfName, PdfRef, PdfStream, PdfString, Unsupported, type PdfDict, type PdfFile, type PdfPage, type PdfValue } from './objects.js';
import type { OperatorList } from './rules.js';

/**
 * A page's text items without pdf.js: the content stream is interpreted for the text state (BT ET
 * Tf Tm Td TD T* TL Tc Tw Tz Ts Tj TJ ' " q Q cm) and glyphs are joined into items exactly as
 * pdf.js's getTextContent joins them (its spacing thresholds, space items, splits at marked
 * content), so the layout code downstream sees the same runs. The page's ruling operators come
 * out of the same pass. Form XObjects are drawn as pdf.js draws them (paintFormXObject). Anything
 * this reader does not handle — inline images, a font it cannot read, an operator it does not
 * know, a form drawing itself — throws Unsupported, and the file goes to pdf.js whole.
 */

/** A run of text as pdf.js's getTextContent gives it. */
export interface RawItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
  /** Drawn in a bold font (a run never mixes fonts: a font change ends it). */
  bold?: boolean;
  /** The structure element (an index into the tagged PDF's Structure) its marked content belongs to. */
  tag?: number;
}

export interface PageText {
  items: RawItem[];
  operators: OperatorList;
}

type Matrix = number[];
/**
 * A matrix as an array of doubles always (V8's double elements): an array literal of whole numbers
 * would be a small-integer array, and code seeing both kinds is compiled again and again.
 */
function matrix(a: number, b: number, c: number, d: number, e: number, f: number): Matrix {
  const m = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
  m[0] = a;
  m[1] = b;
  m[2] = c;
  m[3] = d;
  m[4] = e;
  m[5] = f;
  return m;
}
const IDENTITY = matrix(1, 0, 0, 1, 0, 0);

/** pdf.js's Util.transform. */
const transform = (m1: Matrix, m2: Matrix): Matrix =>
  matrix(
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  );

interface TextState {
  ctm: Matrix;
  font: Font | null;
  fontName: string | null;
  fontSize: number;
  fontMatrix: Matrix;
  textMatrix: Matrix;
  textLineMatrix: Matrix;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
}

/** A state saved by q: every field written out, in the order of the first state (one object shape for all). */
const cloneState = (s: TextState): TextState => ({
  ctm: s.ctm,
  font: s.font,
  fontName: s.fontName,
  fontSize: s.fontSize,
  fontMatrix: s.fontMatrix.slice(),
  textMatrix: s.textMatrix.slice(),
  textLineMatrix: s.textLineMatrix.slice(),
  charSpacing: s.charSpacing,
  wordSpacing: s.wordSpacing,
  leading: s.leading,
  textHScale: s.textHScale,
  textRise: s.textRise,
});

// pdf.js's spacing factors (evaluator.js getTextContent).
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

/** pdf.js's normalizeUnicode: NFKC on ligatures, spaces and presentation forms only. */
const NORMALIZE = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
/** Right-to-left text, which pdf.js reorders (its bidi): not read here. */
const RIGHT_TO_LEFT = /[\u0590-\u08ac\ufb1d-\ufdff\ufe70-\ufeff]/;

/** Operators of PDF 1.7 and how many operands each takes (-1: any). */
const ARITY: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1, scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1,
  Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6,
};

/** The operators RuleOperators reads. */
const RULE_OPERATORS = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'W', 'W*', 'q', 'Q', 'cm']);

/** Forms inside forms deeper than this are left to pdf.js (a real page nests two or three). */
const MAX_FORM_DEPTH = 12;
/**
 * Form XObjects drawn on one page, all levels together: forms that each draw the next many times
 * multiply, and the depth cap alone would not bound that.
 */
const MAX_FORM_DRAWS = 10_000;

/** pdf.js's textContentItem, fresh (each form's text starts one of its own). */
const newTextItem = () => ({
  initialized: false,
  str: [] as string[],
  bold: false,
  tag: -1,
  totalWidth: 0,
  width: 0,
  height: 0,
  prevTransform: null as Matrix | null,
  textAdvanceScale: 0,
  spaceInFlowMin: 0,
  spaceInFlowMax: 0,
  trackingSpaceMin: Infinity,
  negativeSpaceMax: -Infinity,
  notASpace: -Infinity,
  transform: null as Matrix | null,
});

/** pdf.js's lookupMatrix: six numbers, else none. */
function formMatrix(v: PdfValue): Matrix | null {
  if (!Array.isArray(v) || v.length !== 6 || !v.every((x) => typeof x === 'number')) return null;
  return matrix(v[0] as number, v[1] as number, v[2] as number, v[3] as number, v[4] as number, v[5] as number);
}

/** pdf.js's lookupNormalRect: four numbers, ordered low corner first, else none. */
function formBBox(v: PdfValue): number[] | null {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === 'number')) return null;
  const [x0, y0, x1, y1] = v as number[];
  return [Math.min(x0!, x1!), Math.min(y0!, y1!), Math.max(x0!, x1!), Math.max(y0!, y1!)];
}

/** Fonts of one file by object (a font shared by pages is read once), and by resource dictionary. */
export class FontCache {
  private readonly byRef = new Map<number, Font>();
  private readonly byDict = new Map<PdfDict, Font>();
  constructor(private readonly file: PdfFile) {}

  font(resources: PdfDict | null, name: string): Font {
    const fonts = this.file.dictAt(resources, 'Font');
    const entry = fonts?.get(name) ?? null;
    if (entry instanceof PdfRef) {
      let font = this.byRef.get(entry.num);
      if (!font) {
        const dict = this.file.get(entry.num);
        if (!(dict instanceof Map)) throw new Unsupported(`font ${name} is not a dictionary`);
        font = loadFont(this.file, dict);
        this.byRef.set(entry.num, font);
      }
      return font;
    }
    if (!(entry instanceof Map)) throw new Unsupported(`no font ${name} in the page's resources`);
    let font = this.byDict.get(entry);
    if (!font) this.byDict.set(entry, (font = loadFont(this.file, entry)));
    return font;
  }
}

/**
 * headings: the marked-content ids the structure tree puts under a heading on this page (a tagged PDF's);
 * tags: the structure element each marked-content id of this page belongs to (each item carries its own).
 */
export function readPageText(file: PdfFile, page: PdfPage, fonts: FontCache, headings?: ReadonlySet<number>, tags?: ReadonlyMap<number, number>): PageText {
  return new TextReader(file, page, fonts, headings ?? NO_MARKS, tags ?? NO_TAGS).readPage(file.contents(page));
}

const NO_MARKS: ReadonlySet<number> = new Set();
const NO_TAGS: ReadonlyMap<number, number> = new Map();

class TextReader {
  readonly items: RawItem[] = [];
  private readonly rules = new RuleOperators(PDF_OPS);
  private state: TextState = {
    ctm: IDENTITY.slice(),
    font: null,
    fontName: null,
    fontSize: 0,
    fontMatrix: FONT_IDENTITY_MATRIX,
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
  };
  private stack: TextState[] = [];
  // pdf.js's textContentItem.
  private item = newTextItem();
  private twoLastChars = [' ', ' '];
  private twoLastCharsPos = 0;
  /** The resources of the content stream being read: the page's, or a form's own. */
  private resources: PdfDict | null;
  /**
   * XObjects of this content stream that gave no text, by name and by object: pdf.js's
   * emptyXObjectCache, which skips their text (not their drawing) when they are painted again.
   */
  private emptyNames = new Set<string>();
  private emptyRefs = new Set<number>();
  /** The forms being drawn, outermost first (one drawing itself is refused). */
  private readonly forms: PdfStream[] = [];
  private formDraws = 0;

  /** The marked-content sequences open, each with whether it is (inside) a heading's. */
  private readonly marked: boolean[] = [];
  /** The structure element of each marked-content sequence open (an inner one without an id keeps its outer one's); -1 for none. */
  private readonly tagged: number[] = [];

  constructor(
    private readonly file: PdfFile,
    private readonly page: PdfPage,
    private readonly fonts: FontCache,
    private readonly headings: ReadonlySet<number> = NO_MARKS,
    private readonly tags: ReadonlyMap<number, number> = NO_TAGS,
  ) {
    this.resources = page.resources;
  }

  readPage(content: string): PageText {
    this.read(content);
    this.flush();
    return { items: this.items, operators: this.rules.list };
  }

  /** One content stream's operators (the page's, or a form's). */
  private read(content: string): void {
    const s = content;
    const n = s.length;
    const lexer = new Lexer(s);
    // Operands in a reused array, counted (numbers, the most of them, read here without the lexer's dispatch).
    const args: PdfValue[] = [];
    let argc = 0;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (WHITE[c]) {
        i++;
        continue;
      }
      if ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43) {
        args[argc++] = lexer.number(i);
        i = lexer.pos;
      } else {
        // An operator read directly; anything else (strings, names, arrays, comments) by the lexer.
        const token = DELIMITER[c] ? ((lexer.pos = i), lexer.next()) : lexer.word(i);
        i = lexer.pos;
        if (token === undefined) break;
        if (!(token instanceof PdfKeyword)) args[argc++] = token;
        else {
          const op = token.word;
          const arity = ARITY[op];
          if (arity === undefined) throw new Unsupported(`operator ${op}`);
          if (arity >= 0 && argc !== arity) throw new Unsupported(`operator ${op} with ${argc} operands`);
          this.operator(op, args, argc);
          argc = 0;
          continue;
        }
      }
      if (argc > 33) throw new Unsupported('too many operands');
    }
  }

  /** A BDC's MCID: its properties inline (<</MCID 3>>) or named in the resources' /Properties; -1 when none. */
  private mcid(props: PdfValue | undefined): number {
    const dict = props instanceof PdfName ? this.file.dictAt(this.file.dictAt(this.resources, 'Properties'), props.name) : this.file.resolve(props ?? null);
    const id = dict instanceof Map ? this.file.lookup(dict, 'MCID') : null;
    return typeof id === 'number' ? id : -1;
  }

  private num(v: PdfValue | undefined): number {
    if (typeof v !== 'number') throw new Unsupported('an operand that is not a number');
    return v;
  }

  private operator(op: string, args: PdfValue[], argc: number): void {
    const ts = this.state;
    // The operators of every glyph Chromium draws (`dx 0 Td <code> Tj`, a Tf between fonts) first.
    if (op === 'Tj') {
      this.rules.other();
      this.needFont();
      this.showText(this.str(args[0]), 0);
      return;
    }
    if (op === 'Td') {
      this.rules.other();
      translate(ts.textLineMatrix, this.num(args[0]), this.num(args[1]));
      ts.textMatrix = ts.textLineMatrix.slice();
      return;
    }
    if (op === 'Tf') {
      this.rules.other();
      const name = args[0];
      const size = this.num(args[1]);
      if (!(name instanceof PdfName)) throw new Unsupported('Tf without a font name');
      if (ts.font && name.name === ts.fontName && size === ts.fontSize) return;
      this.flush();
      ts.fontName = name.name;
      ts.fontSize = size;
      ts.font = this.fonts.font(this.resources, name.name);
      ts.fontMatrix = ts.font.fontMatrix;
      return;
    }
    this.otherOperator(op, args, argc);
  }

  /** Every operator but the glyph-by-glyph three (apart, so the hot path stays small to compile). */
  private otherOperator(op: string, args: PdfValue[], argc: number): void {
    const ts = this.state;
    // The rules see the path, paint and state operators (their operands are numbers).
    if (RULE_OPERATORS.has(op)) this.rules.operator(op, args.slice(0, argc).map((a) => (typeof a === 'number' ? a : NaN)));
    else this.rules.other();
    switch (op) {
      case 'q':
        this.stack.push(ts);
        this.state = cloneState(ts);
        return;
      case 'Q': {
        const previous = this.state;
        const restored = this.stack.pop();
        if (restored) this.state = restored;
        if (previous.font !== this.state.font || previous.fontSize !== this.state.fontSize || previous.fontName !== this.state.fontName) this.flush();
        return;
      }
      case 'cm':
        ts.ctm = transform(ts.ctm, matrix(this.num(args[0]), this.num(args[1]), this.num(args[2]), this.num(args[3]), this.num(args[4]), this.num(args[5])));
        return;
      case 'Ts':
        ts.textRise = this.num(args[0]);
        return;
      case 'Tz':
        ts.textHScale = this.num(args[0]) / 100;
        return;
      case 'TL':
        ts.leading = this.num(args[0]);
        return;
      case 'TD':
        ts.leading = -this.num(args[1]);
        translate(ts.textLineMatrix, this.num(args[0]), this.num(args[1]));
        ts.textMatrix = ts.textLineMatrix.slice();
        return;
      case 'T*':
        this.carriageReturn();
        return;
      case 'Tm': {
        const m = matrix(this.num(args[0]), this.num(args[1]), this.num(args[2]), this.num(args[3]), this.num(args[4]), this.num(args[5]));
        ts.textMatrix = m.slice();
        ts.textLineMatrix = m.slice();
        this.updateAdvanceScale();
        return;
      }
      case 'Tc':
        ts.charSpacing = this.num(args[0]);
        return;
      case 'Tw':
        ts.wordSpacing = this.num(args[0]);
        return;
      case 'BT':
        ts.textMatrix = IDENTITY.slice();
        ts.textLineMatrix = IDENTITY.slice();
        return;
      case 'TJ': {
        this.needFont();
        const elements = args[0];
        if (!Array.isArray(elements)) throw new Unsupported('TJ without an array');
        const spaceFactor = -ts.fontSize / 1000;
        let buffer = '';
        for (const e of elements) {
          if (e instanceof PdfString) buffer += e.bytes;
          else if (typeof e === 'number') {
            if (e !== 0) {
              this.showText(buffer, e * spaceFactor);
              buffer = '';
            }
          } else throw new Unsupported('a TJ element that is neither a string nor a number');
        }
        if (buffer.length > 0) this.showText(buffer, 0);
        return;
      }
      case "'":
        this.needFont();
        this.carriageReturn();
        this.showText(this.str(args[0]), 0);
        return;
      case '"':
        this.needFont();
        ts.wordSpacing = this.num(args[0]);
        ts.charSpacing = this.num(args[1]);
        this.carriageReturn();
        this.showText(this.str(args[2]), 0);
        return;
      case 'Do': {
        this.flush();
        const name = args[0];
        if (!(name instanceof PdfName)) throw new Unsupported('Do without a name');
        const raw = this.file.dictAt(this.resources, 'XObject')?.get(name.name) ?? null;
        const xobject = this.file.resolve(raw);
        if (!(xobject instanceof PdfStream)) throw new Unsupported('an XObject that is not a stream');
        const subtype = this.file.lookup(xobject.dict, 'Subtype');
        if (!(subtype instanceof PdfName) || (subtype.name !== 'Image' && subtype.name !== 'Form')) throw new Unsupported('an XObject neither an image nor a form');
        // An image holds no text.
        if (subtype.name === 'Image') return;
        const ref = raw instanceof PdfRef ? raw.num : null;
        const skipText = this.emptyNames.has(name.name) || (ref !== null && this.emptyRefs.has(ref));
        const before = this.items.length;
        this.paintForm(xobject);
        if (skipText) this.items.length = before;
        else if (this.items.length === before) {
          this.emptyNames.add(name.name);
          if (ref !== null) this.emptyRefs.add(ref);
        }
        return;
      }
      case 'gs': {
        const name = args[0];
        if (!(name instanceof PdfName)) throw new Unsupported('gs without a name');
        const gstate = this.file.dictAt(this.file.dictAt(this.resources, 'ExtGState'), name.name);
        if (gstate?.has('Font')) throw new Unsupported('a graphics state that sets the font');
        return;
      }
      case 'BMC':
      case 'BDC':
      case 'EMC':
        this.flush();
        if (op === 'EMC') {
          this.marked.pop();
          this.tagged.pop();
        } else if (this.marked.length < 64) {
          const id = op === 'BDC' && (this.headings.size > 0 || this.tags.size > 0) ? this.mcid(args[1]) : -1;
          this.marked.push(this.marked.at(-1) === true || (id >= 0 && this.headings.has(id)));
          this.tagged.push(id >= 0 ? (this.tags.get(id) ?? -1) : (this.tagged.at(-1) ?? -1));
        }
        return;
      case 'd0':
      case 'd1':
        throw new Unsupported('a glyph procedure operator in page content');
      default:
    }
  }

  /**
   * pdf.js's paintFormXObject: the form's text read with a state of its own — a copy of the current
   * one with the form's /Matrix on the CTM, an empty q/Q stack, a fresh text item — and its own
   * resources (else the caller's); its drawing goes into the operators between
   * paintFormXObjectBegin and End, as getOperatorList gives it. The caller flushed its item first.
   */
  private paintForm(form: PdfStream): void {
    if (this.forms.includes(form)) throw new Unsupported('a form XObject that draws itself');
    if (this.forms.length >= MAX_FORM_DEPTH) throw new Unsupported('form XObjects nested too deep');
    if (++this.formDraws > MAX_FORM_DRAWS) throw new Unsupported('too many form XObjects drawn');
    const m = formMatrix(this.file.lookup(form.dict, 'Matrix'));
    const group = this.file.lookup(form.dict, 'Group') !== null;
    // Decoded on every drawing, so that the inflation cap also counts a form drawn many times.
    const content = this.file.decode(form);
    const outer = { state: this.state, stack: this.stack, item: this.item, twoLastChars: this.twoLastChars, twoLastCharsPos: this.twoLastCharsPos, resources: this.resources, emptyNames: this.emptyNames, emptyRefs: this.emptyRefs };
    this.state = cloneState(outer.state);
    if (m) this.state.ctm = transform(this.state.ctm, m);
    this.stack = [];
    this.item = newTextItem();
    this.twoLastChars = [' ', ' '];
    this.twoLastCharsPos = 0;
    this.resources = this.file.dictAt(form.dict, 'Resources') ?? outer.resources;
    this.emptyNames = new Set();
    this.emptyRefs = new Set();
    this.forms.push(form);
    this.rules.formBegin(m, group ? null : formBBox(this.file.lookup(form.dict, 'BBox')), group);
    this.read(content);
    this.flush();
    this.rules.formEnd(group);
    this.forms.pop();
    ({ state: this.state, stack: this.stack, item: this.item, twoLastChars: this.twoLastChars, twoLastCharsPos: this.twoLastCharsPos, resources: this.resources, emptyNames: this.emptyNames, emptyRefs: this.emptyRefs } = outer);
  }

  private str(v: PdfValue | undefined): string {
    if (!(v instanceof PdfString)) throw new Unsupported('a text operand that is not a string');
    return v.bytes;
  }

  private needFont(): void {
    if (!this.state.font) throw new Unsupported('text before any font is set');
  }

  private carriageReturn(): void {
    const ts = this.state;
    translate(ts.textLineMatrix, 0, -ts.leading);
    ts.textMatrix = ts.textLineMatrix.slice();
  }

  // ---- pdf.js's getTextContent, horizontal writing only ----

  private saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[nextPos] === ' ';
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  private pushWhitespace(width: number, transform: Matrix | null): void {
    this.items.push({ str: ' ', width, height: 0, transform: transform ?? this.currentTransform() });
  }

  /**
   * pdf.js's getCurrentTextTransform: ctm × (text matrix × [size·scale 0 0 size 0 rise]), written
   * out term by term in pdf.js's order (the same doubles) with one array instead of four per glyph.
   */
  private currentTransform(): Matrix {
    const ts = this.state;
    const a = ts.fontSize * ts.textHScale;
    let d = ts.fontSize;
    const rise = ts.textRise;
    const font = ts.font!;
    if (font.type3 && ts.fontSize <= 1 && !sameMatrix(ts.fontMatrix, FONT_IDENTITY_MATRIX)) {
      const glyphHeight = font.bbox[3]! - font.bbox[1]!;
      if (glyphHeight > 0) d *= glyphHeight * ts.fontMatrix[3]!;
    }
    const m = ts.textMatrix;
    const i0 = m[0]! * a + m[2]! * 0;
    const i1 = m[1]! * a + m[3]! * 0;
    const i2 = m[0]! * 0 + m[2]! * d;
    const i3 = m[1]! * 0 + m[3]! * d;
    const i4 = m[0]! * 0 + m[2]! * rise + m[4]!;
    const i5 = m[1]! * 0 + m[3]! * rise + m[5]!;
    const c = ts.ctm;
    return matrix(c[0]! * i0 + c[2]! * i1, c[1]! * i0 + c[3]! * i1, c[0]! * i2 + c[2]! * i3, c[1]! * i2 + c[3]! * i3, c[0]! * i4 + c[2]! * i5 + c[4]!, c[1]! * i4 + c[3]! * i5 + c[5]!);
  }

  private ensureItem() {
    const item = this.item;
    if (item.initialized) return item;
    const ts = this.state;
    const trm = (item.transform = this.currentTransform());
    item.width = item.totalWidth = 0;
    item.height = Math.hypot(trm[2]!, trm[3]!);
    const scaleLineX = Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    const scaleCtmX = Math.hypot(ts.ctm[0]!, ts.ctm[1]!);
    item.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = ts;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    // Text the structure tree marks as a heading is set apart as a bold face would set it.
    item.bold = this.state.font?.bold === true || this.marked.at(-1) === true;
    item.tag = this.tagged.at(-1) ?? -1;
    item.initialized = true;
    return item;
  }

  private updateAdvanceScale(): void {
    const item = this.item;
    if (!item.initialized) return;
    const ts = this.state;
    const scaleFactor = Math.hypot(ts.ctm[0]!, ts.ctm[1]!) * Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    if (scaleFactor === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scaleFactor;
  }

  private flush(): void {
    const item = this.item;
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    let str = item.str.join('');
    if (RIGHT_TO_LEFT.test(str)) throw new Unsupported('right-to-left text');
    NORMALIZE.lastIndex = 0;
    if (NORMALIZE.test(str)) str = str.replace(NORMALIZE, (_, p1: string | undefined) => (p1 ? p1.normalize('NFKC') : 'ſt'.repeat(_.length)));
    this.items.push({ str, width: Math.abs(item.totalWidth), height: Math.abs(item.height), transform: item.transform!, ...(item.bold ? { bold: true } : {}), ...(item.tag >= 0 ? { tag: item.tag } : {}) });
    item.initialized = false;
    item.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.item.initialized) this.flush();
    else this.items.push({ str: '', width: 0, height: 0, transform: this.currentTransform() });
  }

  private addFakeSpaces(width: number, prevTransform: Matrix | null, orientation: number): boolean {
    const item = this.item;
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        this.resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), prevTransform);
    return true;
  }

  private compareWithLastPosition(glyphWidth: number): boolean {
    const currentTransform = this.currentTransform();
    let posX = currentTransform[4]!;
    let posY = currentTransform[5]!;
    const view = this.page.view;
    if (posX + glyphWidth < view[0] || posX > view[2] || posY < view[1] || posY > view[3]) return false;
    const item = this.item;
    if (!item.prevTransform) return true;
    let lastPosX = item.prevTransform[4]!;
    let lastPosY = item.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (currentTransform[0] && currentTransform[1] === 0 && currentTransform[2] === 0) rotate = currentTransform[0] > 0 ? 0 : 180;
    else if (currentTransform[1] && currentTransform[0] === 0 && currentTransform[3] === 0) rotate = currentTransform[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, currentTransform);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(item.width);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) this.resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), item.prevTransform);
      } else item.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, item.prevTransform, orientation)) {
      if (item.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), item.prevTransform);
      } else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** pdf.js's buildTextContentItem. */
  private showText(chars: string, extraSpacing: number): void {
    const ts = this.state;
    const font = ts.font!;
    if (chars.length === 0) {
      const charSpacing = ts.charSpacing + extraSpacing;
      if (charSpacing) translate(ts.textMatrix, charSpacing * ts.textHScale, 0);
      return;
    }
    const glyphs = font.glyphs(chars);
    const scale = ts.fontMatrix[0]! * ts.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i]!;
      if (glyph.invisible) continue;
      let charSpacing = ts.charSpacing + (i + 1 === ii ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.whitespace) {
        charSpacing += scaledDim + ts.wordSpacing;
        translate(ts.textMatrix, charSpacing * ts.textHScale, 0);
        this.saveLastChar(' ');
        continue;
      }
      if (!glyph.diacritic && !this.compareWithLastPosition(scaledDim)) {
        translate(ts.textMatrix, scaledDim * ts.textHScale, 0);
        continue;
      }
      const item = this.ensureItem();
      if (glyph.diacritic) scaledDim = 0;
      scaledDim *= ts.textHScale;
      translate(ts.textMatrix, scaledDim, 0);
      item.width += scaledDim;
      if (scaledDim) item.prevTransform = this.currentTransform();
      if (this.saveLastChar(glyph.unicode)) item.str.push(' ');
      item.str.push(glyph.unicode);
      if (charSpacing) translate(ts.textMatrix, charSpacing * ts.textHScale, 0);
    }
  }
}

/** pdf.js's TextState.translateTextMatrix / translateTextLineMatrix (in place). */
function translate(m: Matrix, x: number, y: number): void {
  m[4] = m[0]! * x + m[2]! * y + m[4]!;
  m[5] = m[1]! * x + m[3]! * y + m[5]!;
}

function inverseRotation(x: number, y: number, matrix: Matrix): [number, number] {
  const scale = Math.hypot(matrix[0]!, matrix[1]!);
  return [(matrix[0]! * x + matrix[1]! * y) / scale, (matrix[2]! * x + matrix[3]! * y) / scale];
}

const sameMatrix = (a: Matrix, b: Matrix) => a.length === b.length && a.every((x, i) => x === b[i]);
