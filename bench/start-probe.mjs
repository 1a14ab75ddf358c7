// Loaded with `node --import` into the `dondoc` processes bench/scale.ts starts: at exit it
// reports, on stderr, the time from process start to the first output and the CPU time
// used until then (the CPU time hardly depends on what else the machine runs).
import { performance } from "node:perf_hooks";

let first = null;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (...args) => {
  if (!first) {
    const cpu = process.cpuUsage();
    first = { ms: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
  }
  return write(...args);
};
process.on("exit", () => process.stderr.write(`\nstart-probe ${JSON.stringify(first)}\n`));
