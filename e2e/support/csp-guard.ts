import type { Browser, BrowserContext } from "@playwright/test";

/** Chromium's console line for a blocked script, style, image, frame, form or connection. */
const VIOLATION = /Content Security Policy/i;

/**
 * Collects every Content-Security-Policy violation any page of the test meets:
 * in the default context and in each context or page the test opens itself
 * (browser.newContext / browser.newPage), until `stop()`; `watch` adds the default context.
 */
export function watchCspViolations(browser: Browser) {
  const violations: string[] = [];
  const watch = (ctx: BrowserContext) => {
    ctx.on("console", (msg) => {
      if (VIOLATION.test(msg.text())) violations.push(`${msg.location().url || "page"}: ${msg.text()}`);
    });
    ctx.on("weberror", (e) => {
      if (VIOLATION.test(e.error().message)) violations.push(e.error().message);
    });
    return ctx;
  };
  const { newContext, newPage } = browser;
  browser.newContext = async (...args) => watch(await newContext.apply(browser, args));
  browser.newPage = async (...args) => {
    const page = await newPage.apply(browser, args);
    watch(page.context());
    return page;
  };
  return {
    violations,
    watch,
    stop() {
      browser.newContext = newContext;
      browser.newPage = newPage;
    },
  };
}
