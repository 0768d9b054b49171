/**
 * DOM reads that a page cannot redirect. A form's named controls and a document's named elements shadow the
 * built-in properties of those objects (`<input name="nextSibling">` makes `form.nextSibling` that input: the old
 * walk looped forever on `<input name="nextSibling" form="f"><form id="f">`, issue 16), so every read of a tree link
 * or an element fact goes through the getter or method captured from the prototype, never through the instance.
 *
 * The prototypes are found on the prototype chains of the document, its root element and a fresh text node (a chain
 * is internal state a page cannot clobber), each read from the most derived prototype that owns it: happy-dom
 * overrides `nodeName`, `textContent` and `data` in subclasses, Chromium keeps them on Node and CharacterData. So
 * the same code runs on the live page, on DOMParser documents and under Node.
 */

type Get<T> = (node: Node) => T;

/** The safe readers for one document's realm. */
export interface SafeDom {
  firstChild: Get<Node | null>;
  nextSibling: Get<Node | null>;
  parentNode: Get<Node | null>;
  parentElement: Get<Element | null>;
  nodeType: Get<number>;
  /** An element's tag name (upper case for HTML). */
  tagName(el: Element): string;
  /** A text node's characters. */
  data: Get<string | null>;
  textContent(el: Element): string | null;
  contains(node: Node, other: Node): boolean;
  follows(node: Node, other: Node): boolean;
  attr(el: Element, name: string): string | null;
  /**
   * The `class` and `id` attributes ('' when absent), through Element's reflecting getters: a getter takes no
   * attribute name to convert, and the walk reads both on every element (measured ~25 % of a bare walk faster in
   * Chromium than `getAttribute`).
   */
  className(el: Element): string;
  id(el: Element): string;
  hasAttr(el: Element, name: string): boolean;
  matches(el: Element, selector: string): boolean;
  byTag(root: Element | Document, tag: string): ArrayLike<Element>;
  byClass(root: Element | Document, cls: string): ArrayLike<Element>;
  byId(doc: Document, id: string): Element | null;
  queryAll(root: Element | Document, selector: string): ArrayLike<Element>;
  query(root: Element | Document, selector: string): Element | null;
  body(doc: Document): Element | null;
  head(doc: Document): Element | null;
  documentElement(doc: Document): Element | null;
  baseURI(doc: Document): string;
  /**
   * Whether CSS renders the element (Chromium's `checkVisibility`); true where it cannot be told (parsed documents
   * have no layout, happy-dom has no style engine), so only a live page drops honeypot text.
   */
  isRendered(el: Element): boolean;
}

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** The prototype on `obj`'s chain that owns `name` itself. */
function ownerOf(obj: object | null, name: string): object | null {
  for (let p = obj ? Object.getPrototypeOf(obj) : null; p; p = Object.getPrototypeOf(p))
    if (Object.hasOwn(p, name)) return p;
  return null;
}

function getterOf(proto: object | null, name: string): Fn {
  const d = proto ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  const get = d?.get as Fn | undefined;
  if (!get) throw new Error(`no ${name} getter`);
  return get;
}

/**
 * A getter that is the browser's own code, or undefined: a DOM written in JavaScript (happy-dom) implements
 * `className` by calling the instance's `getAttribute`, which a clobbered form shadows.
 */
function nativeGetter(proto: object | null, name: string): Fn | undefined {
  const get = (proto ? Object.getOwnPropertyDescriptor(proto, name) : undefined)?.get as Fn | undefined;
  return get && /\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(get)) ? get : undefined;
}

function methodOf(proto: object | null, name: string): Fn | undefined {
  const d = proto ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  return typeof d?.value === 'function' ? (d.value as Fn) : undefined;
}

/**
 * The safe readers for `doc`'s realm.
 * @example
 * const dom = safeDom(document);
 * for (let n = dom.firstChild(dom.body(document)!); n; n = dom.nextSibling(n)) …
 */
export function safeDom(doc: Document): SafeDom {
  const docNode = Object.getPrototypeOf(doc) as object;
  const node = ownerOf(doc, 'firstChild');
  const document = ownerOf(doc, 'getElementsByTagName');
  const documentElement = getterOf(ownerOf(doc, 'documentElement'), 'documentElement');
  const root = documentElement.call(doc) as Element | null;
  const createText = methodOf(ownerOf(doc, 'createTextNode'), 'createTextNode');
  const text = createText ? (createText.call(doc, '') as Node) : null;
  if (!node || !document || !root || !text || !docNode) throw new Error('not a DOM document');
  const g = (name: string) => getterOf(node, name);
  const onElement = (name: string) => ownerOf(root, name);
  const firstChild = g('firstChild');
  const nextSibling = g('nextSibling');
  const parentNode = g('parentNode');
  const parentElement = g('parentElement');
  const nodeType = g('nodeType');
  const tagName = getterOf(onElement('tagName'), 'tagName');
  const data = getterOf(ownerOf(text, 'data'), 'data');
  const textContent = getterOf(onElement('textContent'), 'textContent');
  const baseURI = getterOf(ownerOf(doc, 'baseURI'), 'baseURI');
  const contains = methodOf(node, 'contains') as Fn;
  const compare = methodOf(node, 'compareDocumentPosition') as Fn;
  const getAttribute = methodOf(onElement('getAttribute'), 'getAttribute') as Fn;
  const classGetter = nativeGetter(onElement('className'), 'className');
  const idGetter = nativeGetter(onElement('id'), 'id');
  const hasAttribute = methodOf(onElement('hasAttribute'), 'hasAttribute') as Fn;
  const matches = methodOf(onElement('matches'), 'matches') as Fn;
  const checkVisibility = methodOf(onElement('checkVisibility'), 'checkVisibility');
  const elByTag = methodOf(onElement('getElementsByTagName'), 'getElementsByTagName') as Fn;
  const elByClass = methodOf(onElement('getElementsByClassName'), 'getElementsByClassName') as Fn;
  const elQueryAll = methodOf(onElement('querySelectorAll'), 'querySelectorAll') as Fn;
  const elQuery = methodOf(onElement('querySelector'), 'querySelector') as Fn;
  const docByTag = methodOf(document, 'getElementsByTagName') as Fn;
  const docByClass = methodOf(ownerOf(doc, 'getElementsByClassName'), 'getElementsByClassName') as Fn;
  const docById = methodOf(ownerOf(doc, 'getElementById'), 'getElementById') as Fn;
  const docQueryAll = methodOf(ownerOf(doc, 'querySelectorAll'), 'querySelectorAll') as Fn;
  const docQuery = methodOf(ownerOf(doc, 'querySelector'), 'querySelector') as Fn;
  const body = getterOf(ownerOf(doc, 'body'), 'body');
  const head = getterOf(ownerOf(doc, 'head'), 'head');
  const defaultView = getterOf(ownerOf(doc, 'defaultView'), 'defaultView');
  // A parsed document has no window and no layout: `checkVisibility` would call every element invisible there.
  const isLive = !!checkVisibility && !!defaultView.call(doc);
  const isDoc = (root: Element | Document) => nodeType.call(root) === 9;
  return {
    firstChild: (n) => firstChild.call(n) as Node | null,
    nextSibling: (n) => nextSibling.call(n) as Node | null,
    parentNode: (n) => parentNode.call(n) as Node | null,
    parentElement: (n) => parentElement.call(n) as Element | null,
    nodeType: (n) => nodeType.call(n) as number,
    tagName: (el) => String(tagName.call(el) ?? ''),
    data: (n) => data.call(n) as string | null,
    textContent: (el) => textContent.call(el) as string | null,
    contains: (n, other) => contains.call(n, other) as boolean,
    follows: (n, other) => ((compare.call(n, other) as number) & 4) !== 0,
    attr: (el, name) => getAttribute.call(el, name) as string | null,
    className: classGetter
      ? (el) => {
          const value = classGetter.call(el);
          return typeof value === 'string' ? value : String(getAttribute.call(el, 'class') ?? '');
        }
      : (el) => String(getAttribute.call(el, 'class') ?? ''),
    id: idGetter
      ? (el) => {
          const value = idGetter.call(el);
          return typeof value === 'string' ? value : String(getAttribute.call(el, 'id') ?? '');
        }
      : (el) => String(getAttribute.call(el, 'id') ?? ''),
    hasAttr: (el, name) => hasAttribute.call(el, name) as boolean,
    matches: (el, selector) => matches.call(el, selector) as boolean,
    byTag: (root, tag) => (isDoc(root) ? docByTag : elByTag).call(root, tag) as ArrayLike<Element>,
    byClass: (root, cls) => (isDoc(root) ? docByClass : elByClass).call(root, cls) as ArrayLike<Element>,
    byId: (d, id) => docById.call(d, id) as Element | null,
    queryAll: (root, selector) =>
      (isDoc(root) ? docQueryAll : elQueryAll).call(root, selector) as ArrayLike<Element>,
    query: (root, selector) => (isDoc(root) ? docQuery : elQuery).call(root, selector) as Element | null,
    body: (d) => body.call(d) as Element | null,
    head: (d) => head.call(d) as Element | null,
    documentElement: (d) => documentElement.call(d) as Element | null,
    baseURI: (d) => String(baseURI.call(d) ?? ''),
    isRendered: (el) => {
      if (!isLive) return true;
      try {
        return checkVisibility?.call(el, { visibilityProperty: true, opacityProperty: true }) !== false;
      } catch {
        // A DOM that cannot tell (happy-dom's style walk overflows on very deep markup): read it.
        return true;
      }
    },
  };
}
