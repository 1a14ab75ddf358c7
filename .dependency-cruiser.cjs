// Which folder may import which: the README's "Layout" table, enforced in `npm test`
// (npm run lint). A change that breaks the layout fails CI.
const folder = (name) => `^src/${name}/`;
const allowed = {
  domain: ["domain"],
  formats: ["formats"],
  plan: ["domain", "formats", "plan"],
  sheets: ["domain", "formats", "sheets", "i18n", "charts"],
  store: ["domain", "store", "paths"],
  services: ["domain", "plan", "sheets", "store", "services", "i18n", "charts", "config", "logger", "paths"],
  channels: ["domain", "services", "channels", "i18n", "logger"],
  charts: ["domain", "charts"],
  scheduler: ["domain", "services", "scheduler", "logger"],
  web: ["domain", "services", "web", "i18n", "logger"],
  cli: ["domain", "services", "store", "cli", "i18n", "config", "logger", "paths"],
  i18n: ["domain", "i18n", "paths"],
};
// Types a folder may name without running the other folder's code.
const typesOnly = {
  store: ["plan"],
  cli: ["plan"],
  channels: ["web"],
  scheduler: ["store"],
};
const target = (name) => (["config", "logger", "paths"].includes(name) ? `^src/${name}\\.ts$` : folder(name));
const names = Object.keys(allowed);

module.exports = {
  forbidden: [
    ...names.map((name) => ({
      name: `${name}-imports`,
      comment: `src/${name} may import only: ${allowed[name].join(", ")} (README, "Layout")`,
      severity: "error",
      from: { path: folder(name) },
      to: {
        path: "^src/",
        pathNot: [...allowed[name].map(target), ...(typesOnly[name] ?? []).map(target), "^src/store/generated/"],
      },
    })),
    ...Object.entries(typesOnly).map(([name, others]) => ({
      name: `${name}-types-only`,
      comment: `src/${name} may use the types of ${others.join(", ")}, never its code`,
      severity: "error",
      from: { path: folder(name) },
      to: { path: others.map(target), dependencyTypesNot: ["type-only"] },
    })),
    {
      name: "domain-is-pure",
      comment: "domain code does no I/O: no Node built-ins that touch the outside world",
      severity: "error",
      from: { path: folder("domain") },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads|dgram|dns|tls|os|process)$",
      },
    },
    {
      name: "no-prisma-outside-store",
      comment: "only the store talks to Prisma",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/store/"] },
      to: { path: "(^src/store/generated/|node_modules/@prisma/)" },
    },
    {
      name: "chat-knows-no-store",
      comment: "the conversation gets its operations bound to the store (src/services/chat-services.ts)",
      severity: "error",
      from: { path: "^src/services/chat/" },
      to: { path: "^src/store/" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true, pathNot: "^src/store/generated/" } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/store/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js"] },
  },
};
