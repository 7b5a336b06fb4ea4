import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Client components ship to the browser: they must never import the database client or schema
 * (`db/`), nor the drivers behind it. A file is a client component when it starts with "use client".
 */
const noDbInClient = {
  meta: {
    type: "problem",
    messages: { db: 'A client component ("use client") must not import {{source}}: read data on the server and pass it as props.' },
  },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
    if (!isClient) return {};
    const forbidden = (source) => /^(@\/db(\/|$)|(\.\.?\/)+db(\/|$)|postgres$|drizzle-orm(\/|$))/.test(source);
    const check = (node) => {
      if (node.importKind === "type" || node.exportKind === "type") return; // erased at build time
      const source = node.source?.value;
      if (typeof source === "string" && forbidden(source)) context.report({ node, messageId: "db", data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  { plugins: { mercato: { rules: { "no-db-in-client": noDbInClient } } }, rules: { "mercato/no-db-in-client": "error" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Pictures are resized to WebP once, at upload, and served from /media: next/image would resize them again.
      "@next/next/no-img-element": "off",
    },
  },
  // Links, redirects and the router keep the page's language: next-intl's versions (lib/i18n/navigation.ts, lib/i18n/server.ts).
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["app/not-found.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the page's language." },
            {
              name: "next/navigation",
              importNames: ["useRouter", "usePathname"],
              message: "Use useRouter/usePathname from @/lib/i18n/navigation: they keep the page's language.",
            },
          ],
        },
      ],
    },
  },
  // Playwright fixtures call their `use` argument; it is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([
    ".next/**",
    ".next-bench/**",
    ".next-lighthouse/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "db/migrations/**",
    "next-env.d.ts",
  ]),
]);
