// Renders math fragments with KaTeX, as a page would: reads [{"tex", "display"}, ...] as JSON
// on stdin, prints {"rendered": n, "errors": [{"tex", "message"}, ...]} as JSON on stdout.
// KaTeX is found through NODE_PATH (the test points it at .ci/node/node_modules).
"use strict";
const katex = require("katex");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const fragments = JSON.parse(input);
  const errors = [];
  for (const { tex, display } of fragments) {
    try {
      katex.renderToString(tex, { throwOnError: true, displayMode: display, strict: "error" });
    } catch (error) {
      errors.push({ tex, message: String(error.message) });
    }
  }
  process.stdout.write(JSON.stringify({ rendered: fragments.length, errors }));
});
