/**
 * Drafts: the message for every planned action, in the right tone. Pure: imports only
 * src/core, src/time and libraries.
 */
export { stableHash } from "./choose.js";
export {
  type Draft,
  type DraftChannel,
  type DraftInput,
  type DraftRecipient,
  draft,
} from "./draft.js";
export type { FieldName, FieldValues } from "./fields.js";
export { mailtoLink } from "./mailto.js";
export {
  builtInTemplates,
  compileTemplate,
  editableTemplate,
  isTemplateName,
  type Phrasing,
  TEMPLATE_NAMES,
  TEMPLATE_SPECS,
  type TemplateFile,
  type TemplateName,
  type TemplateSet,
  templateNameOfFile,
  templateSet,
} from "./templates.js";
