import { z } from "zod";

/**
 * GitHub's issue-form syntax, from its docs ("Syntax for issue forms", "Syntax for GitHub's
 * form schema", "Common validation errors when creating issue forms"); no registry package
 * ships it. Strict objects, so a misspelt key fails here rather than on GitHub, where the
 * form silently falls back to a blank issue.
 */

/** "Empty strings, or strings consisting of only whitespaces, are also not permissible." */
const text = z.string().refine((value) => value.trim() !== "", "must be a non-empty string");
/** "`id` can only contain alpha-numeric characters, `-`, and `_`." */
const id = z.string().regex(/^[A-Za-z0-9_-]+$/, "only alphanumerics, - and _");
/** `labels`, `assignees`, `projects`: an array, or one comma-delimited string. */
const list = z.union([text, z.array(text).min(1)]);
const validations = z.object({ required: z.boolean().optional() }).strict().optional();
const question = { label: text, description: z.string().optional() };
/** YAML reads these bare words as booleans; GitHub refuses them as dropdown options. */
const BOOLEAN_WORDS = /^(y|yes|n|no|true|false|on|off)$/i;

const markdown = z
  .object({ type: z.literal("markdown"), attributes: z.object({ value: text }).strict() })
  .strict();
const input = z
  .object({
    type: z.literal("input"),
    id: id.optional(),
    attributes: z
      .object({ ...question, placeholder: z.string().optional(), value: z.string().optional() })
      .strict(),
    validations,
  })
  .strict();
const textarea = z
  .object({
    type: z.literal("textarea"),
    id: id.optional(),
    attributes: z
      .object({
        ...question,
        placeholder: z.string().optional(),
        value: z.string().optional(),
        render: z.string().optional(),
      })
      .strict(),
    validations,
  })
  .strict();
const dropdown = z
  .object({
    type: z.literal("dropdown"),
    id: id.optional(),
    attributes: z
      .object({
        ...question,
        multiple: z.boolean().optional(),
        // Options are strings: an unquoted `yes` or `1.10` would be read as something else.
        options: z
          .array(
            text
              .refine((o) => o.trim().toLowerCase() !== "none", "None is a reserved word")
              .refine((o) => !BOOLEAN_WORDS.test(o.trim()), "quote words YAML reads as booleans"),
          )
          .min(1, "options can't be empty")
          .refine((o) => new Set(o).size === o.length, "options must be unique"),
        default: z.number().int().nonnegative().optional(),
      })
      .strict()
      .refine(
        (a) => a.default === undefined || a.default < a.options.length,
        "default must be the index of an option",
      ),
    validations,
  })
  .strict();
const checkboxes = z
  .object({
    type: z.literal("checkboxes"),
    id: id.optional(),
    attributes: z
      .object({
        ...question,
        options: z
          .array(z.object({ label: text, required: z.boolean().optional() }).strict())
          .min(1, "options can't be empty")
          .refine(
            (o) => new Set(o.map((c) => c.label)).size === o.length,
            "checkbox labels must be unique",
          ),
      })
      .strict(),
    validations,
  })
  .strict();

const element = z.discriminatedUnion("type", [markdown, input, textarea, dropdown, checkboxes]);
type Element = z.infer<typeof element>;

/** Labels GitHub counts as the same: case, spaces and punctuation aside ("too similar"). */
const labelKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, "");

/** One issue form (a `.github/ISSUE_TEMPLATE/*.yml` file). */
export const issueFormSchema = z
  .object({
    name: text,
    description: text,
    body: z.array(element).min(1, "body can't be empty"),
    title: text.optional(),
    labels: list.optional(),
    assignees: list.optional(),
    /** `OWNER/PROJECT-NUMBER`, e.g. `octo-org/1`. */
    projects: z.union([text, z.array(z.string().regex(/^[\w.-]+\/\d+$/))]).optional(),
    /** The issue type (organizations). */
    type: text.optional(),
  })
  .strict()
  .superRefine((form, ctx) => {
    const questions = form.body.filter(
      (e): e is Exclude<Element, { type: "markdown" }> => e.type !== "markdown",
    );
    if (questions.length === 0)
      ctx.addIssue({ code: "custom", path: ["body"], message: "needs a non-markdown field" });
    const seen = { ids: new Set<string>(), labels: new Set<string>() };
    form.body.forEach((e, index) => {
      if (e.type === "markdown") return;
      if (e.id !== undefined) {
        if (seen.ids.has(e.id))
          ctx.addIssue({
            code: "custom",
            path: ["body", index, "id"],
            message: "ids must be unique",
          });
        seen.ids.add(e.id);
      }
      const key = labelKey(e.attributes.label);
      if (seen.labels.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["body", index, "attributes", "label"],
          message: "labels must be unique (and not too similar)",
        });
      seen.labels.add(key);
    });
    const labels = typeof form.labels === "string" ? form.labels.split(",") : (form.labels ?? []);
    const names = labels.map((l) => l.trim());
    if (new Set(names).size !== names.length)
      ctx.addIssue({ code: "custom", path: ["labels"], message: "labels must be unique" });
  });

/** A form as the schema reads it. */
export type IssueForm = z.infer<typeof issueFormSchema>;
