import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE } from "./locales";
import { messagesFor } from "./messages";

/**
 * Each page sends the browser only the messages its client components read: a route file (layout
 * or page) wraps what it renders in <ClientMessages namespaces={[...]}> (lib/i18n/client-messages.tsx),
 * and a route file without one is served by the nearest layout above it that has one. This test
 * follows the imports from every route file to the client components it renders and checks that
 * the list in force there holds every namespace they read with useTranslations, and that no list
 * holds one that nothing under it reads. A missing namespace would show keys ("product.buy.add")
 * on the page; an extra one costs bytes on every response.
 */

const ROOT = process.cwd();
const ROUTE_FILE = /^(page|layout|error|not-found|loading|template|default)\.tsx$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const sources = new Map(
  [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].map((f) => [path.resolve(f), readFileSync(f, "utf8")]),
);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (sources.has(candidate)) return candidate;
  }
  return null; // CSS, JSON
}

/** The project files a module loads (type-only imports load nothing). */
function importsOf(file: string): string[] {
  const source = sources.get(file)!;
  const specifiers = [
    ...[...source.matchAll(/^(?:import|export)\s+(?!type\s)[\w\s{},*$]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/^import\s+["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
  return specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

const directive = (file: string) => /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use (client|server)["']/.exec(sources.get(file)!)?.[1];

/** The namespaces a client module and everything it imports read with useTranslations (server actions it calls run on the server). */
function clientNamespaces(entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(entry) || directive(entry) === "server") return found;
  seen.add(entry);
  const source = sources.get(entry)!;
  for (const call of source.matchAll(/\buse(?:Translations|Messages)\(([^)]*)\)/g)) {
    const literal = /^\s*["']([\w.]+)["']\s*$/.exec(call[1]!);
    if (!literal || call[0].startsWith("useMessages"))
      throw new Error(`${path.relative(ROOT, entry)}: ${call[0]} — name one namespace literally`);
    found.add(literal[1]!);
  }
  for (const dependency of importsOf(entry)) for (const n of clientNamespaces(dependency, seen)) found.add(n);
  return found;
}

/** What a server module renders on the client: the namespaces of every client module reached through its imports. */
function renderedNamespaces(file: string, seen = new Set<string>()): Set<string> {
  if (directive(file) === "client") return clientNamespaces(file);
  const found = new Set<string>();
  if (seen.has(file)) return found;
  seen.add(file);
  for (const dependency of importsOf(file)) for (const n of renderedNamespaces(dependency, seen)) found.add(n);
  return found;
}

/** The literal list a route file gives <ClientMessages namespaces={[...]}>, or null when it renders none. */
function declaredList(file: string): string[] | null {
  const source = sources.get(file)!;
  if (!source.includes("<ClientMessages")) return null;
  const list = /<ClientMessages\b[^>]*?\bnamespaces=\{\[([^\]]*)\]\}/.exec(source);
  if (!list) throw new Error(`${path.relative(ROOT, file)}: write <ClientMessages namespaces={[...]}> as a literal list`);
  return [...list[1]!.matchAll(/["']([\w.]+)["']/g)].map((m) => m[1]!);
}

const localeDir = path.join(ROOT, "app", "[locale]");
const routeFiles = [...sources.keys()].filter((f) => f.startsWith(localeDir + path.sep) && ROUTE_FILE.test(path.basename(f)));

/** The route file whose ClientMessages a route file renders inside: its own, else the nearest layout above it. */
function providerOf(file: string): string {
  if (declaredList(file)) return file;
  const name = path.basename(file);
  // A layout is not inside itself; every other route file is inside its own folder's layout.
  let dir = name === "layout.tsx" ? path.dirname(path.dirname(file)) : path.dirname(file);
  for (; dir.startsWith(localeDir); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (sources.has(layout) && declaredList(layout)) return layout;
  }
  throw new Error(`${path.relative(ROOT, file)} is inside no <ClientMessages>`);
}

const covers = (list: string[], namespace: string) => list.some((n) => namespace === n || namespace.startsWith(`${n}.`));

describe("client messages", () => {
  const byProvider = new Map<string, Map<string, Set<string>>>(); // provider → route file → namespaces it needs
  for (const file of routeFiles) {
    const provider = providerOf(file);
    if (!byProvider.has(provider)) byProvider.set(provider, new Map());
    byProvider.get(provider)!.set(file, renderedNamespaces(file));
  }
  const providers = [...byProvider.keys()].map((f) => [path.relative(ROOT, f), f] as const);

  it("the root layout sends the messages of every page's client components", () => {
    expect(declaredList(path.join(localeDir, "layout.tsx"))).not.toBeNull();
  });

  it.each(providers)("%s sends every namespace its client components read", (_, provider) => {
    const list = declaredList(provider)!;
    const missing = [...byProvider.get(provider)!].flatMap(([file, needed]) =>
      [...needed].filter((n) => !covers(list, n)).map((n) => `${path.relative(ROOT, file)}: ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(providers)("%s sends no namespace that nothing under it reads", (_, provider) => {
    const needed = [...byProvider.get(provider)!.values()].flatMap((s) => [...s]);
    const messages = messagesFor(DEFAULT_LOCALE);
    const unused = declaredList(provider)!.filter((n) => !needed.some((m) => m === n || m.startsWith(`${n}.`) || n.startsWith(`${m}.`)));
    const unknown = declaredList(provider)!.filter(
      (n) => n.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], messages) === undefined,
    );
    expect({ unused, unknown }).toEqual({ unused: [], unknown: [] });
  });

  it("finds the client components it looks for", () => {
    // The walk itself: the product page's add-to-cart button reads product.buy.
    const productPage = path.join(localeDir, "(shop)", "p", "[slug]", "page.tsx");
    expect(existsSync(productPage)).toBe(true);
    expect([...renderedNamespaces(productPage)]).toContain("product.buy");
  });
});
