import type { TemplateId } from "../../src/domain/list-templates.ts";
import type { Quota } from "../../src/domain/list-check.ts";
import { translator } from "../../src/i18n/index.ts";
import { NO_CONTEXT, runIntake, type IntakeContext } from "../../src/services/intake-service.ts";
import type { UploadLimits } from "../../src/domain/limits.ts";

export const t = translator("vi");
export const NOW = new Date("2019-11-25T01:00:00Z");

/** Runs the intake on a file, as `dondoc check` does. */
export function check(
  content: Buffer,
  options: {
    template?: TemplateId;
    window?: { from: string; to: string };
    quota?: Quota;
    knownPhones?: string[];
    limits?: UploadLimits;
    name?: string;
  } = {},
) {
  const context: IntakeContext = {
    ...NO_CONTEXT,
    window: options.window ?? null,
    quota: options.quota ?? null,
    knownPhones: new Set(options.knownPhones ?? []),
  };
  return runIntake(
    { name: options.name ?? "danh-sach.xlsx", content },
    {
      t,
      at: NOW,
      template: options.template,
      context: async () => context,
      ...(options.limits ? { limits: options.limits } : {}),
    },
  );
}

/** The findings of a check as [row, code] pairs, the way a test reads them. */
export function codes(result: Awaited<ReturnType<typeof check>>): [number | null, string][] {
  if (!result.ok) throw new Error(`rejected: ${result.error.code}`);
  return result.value.check.findings.map((f) => [f.row, f.code]);
}
