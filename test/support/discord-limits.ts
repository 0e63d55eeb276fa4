/**
 * Pure checks of Discord payloads against Discord's documented limits.
 *
 * Every check returns a list of `LimitIssue`s (empty = fine). An issue says
 * whether Discord itself would reject the request (HTTP 400) or whether it is
 * only this project's policy (e.g. `allowed_mentions` must be `{ parse: [] }`,
 * which Discord does not enforce but which keeps the bot from pinging people).
 *
 * No I/O, no discord.js: usable from any test.
 */

/** Discord's numeric limits (API v10). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotalChars: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  /** Components V2 (flag IS_COMPONENTS_V2): total components in a message. */
  componentsV2Total: 40,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  filesPerMessage: 10,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandsPerScope: 100,
} as const;

/** Message flag bits the checks care about. */
export const MessageFlagBits = {
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  IsComponentsV2: 1 << 15,
} as const;

export interface LimitIssue {
  /** Short machine-friendly rule name, e.g. `content.max_length`. */
  rule: string;
  /** Dotted path inside the checked payload, e.g. `embeds.0.title`. */
  path: string;
  /** Human-readable explanation. */
  message: string;
  /** True when real Discord answers 400 for this; false for project policy. */
  rejectedByDiscord: boolean;
}

/** Renders issues as the plain strings the stand-in records as violations. */
export function issueStrings(issues: readonly LimitIssue[], prefix = ''): string[] {
  return issues.map((i) => `${prefix}${i.path ? `${i.path}: ` : ''}${i.message}`);
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Length in code points (Discord counts characters, not UTF-16 units, so an emoji is one). */
const len = (v: unknown): number => [...str(v)].length;
const join = (a: string, b: string | number): string => (a ? `${a}.${b}` : String(b));

function hard(rule: string, path: string, message: string): LimitIssue {
  return { rule, path, message, rejectedByDiscord: true };
}
function policy(rule: string, path: string, message: string): LimitIssue {
  return { rule, path, message, rejectedByDiscord: false };
}
function maxLen(out: LimitIssue[], value: unknown, max: number, rule: string, path: string, what: string): void {
  const n = len(value);
  if (n > max) out.push(hard(rule, path, `${what} is ${n} characters (max ${max})`));
}

// ---------------------------------------------------------------- embeds

export function checkEmbeds(embeds: unknown, basePath = 'embeds'): LimitIssue[] {
  const out: LimitIssue[] = [];
  if (embeds === undefined || embeds === null) return out;
  if (!Array.isArray(embeds)) return [hard('embeds.type', basePath, 'embeds must be an array')];
  if (embeds.length > LIMITS.embedsPerMessage) {
    out.push(hard('embeds.max_count', basePath, `${embeds.length} embeds (max ${LIMITS.embedsPerMessage})`));
  }
  let total = 0;
  embeds.forEach((raw, i) => {
    const p = join(basePath, i);
    if (!isObj(raw)) {
      out.push(hard('embed.type', p, 'embed must be an object'));
      return;
    }
    maxLen(out, raw.title, LIMITS.embedTitle, 'embed.title.max_length', join(p, 'title'), 'embed title');
    maxLen(
      out,
      raw.description,
      LIMITS.embedDescription,
      'embed.description.max_length',
      join(p, 'description'),
      'embed description',
    );
    total += len(raw.title) + len(raw.description);
    if (isObj(raw.footer)) {
      maxLen(
        out,
        raw.footer.text,
        LIMITS.embedFooterText,
        'embed.footer.max_length',
        join(p, 'footer.text'),
        'embed footer text',
      );
      total += len(raw.footer.text);
    }
    if (isObj(raw.author)) {
      maxLen(
        out,
        raw.author.name,
        LIMITS.embedAuthorName,
        'embed.author.max_length',
        join(p, 'author.name'),
        'embed author name',
      );
      total += len(raw.author.name);
    }
    const fields = raw.fields;
    if (Array.isArray(fields)) {
      if (fields.length > LIMITS.embedFields) {
        out.push(
          hard('embed.fields.max_count', join(p, 'fields'), `${fields.length} fields (max ${LIMITS.embedFields})`),
        );
      }
      fields.forEach((f, j) => {
        const fp = join(join(p, 'fields'), j);
        if (!isObj(f)) return;
        // Discord rejects empty field names/values ("This field is required").
        if (len(f.name) === 0)
          out.push(hard('embed.field.name.required', join(fp, 'name'), 'embed field name is empty'));
        if (len(f.value) === 0)
          out.push(hard('embed.field.value.required', join(fp, 'value'), 'embed field value is empty'));
        maxLen(out, f.name, LIMITS.embedFieldName, 'embed.field.name.max_length', join(fp, 'name'), 'embed field name');
        maxLen(
          out,
          f.value,
          LIMITS.embedFieldValue,
          'embed.field.value.max_length',
          join(fp, 'value'),
          'embed field value',
        );
        total += len(f.name) + len(f.value);
      });
    }
  });
  // The 6000 limit is over ALL embeds of one message together.
  if (total > LIMITS.embedTotalChars) {
    out.push(
      hard('embeds.total_length', basePath, `embeds hold ${total} characters in total (max ${LIMITS.embedTotalChars})`),
    );
  }
  return out;
}

// ---------------------------------------------------------------- components

const ComponentType = {
  ActionRow: 1,
  Button: 2,
  StringSelect: 3,
  TextInput: 4,
  UserSelect: 5,
  RoleSelect: 6,
  MentionableSelect: 7,
  ChannelSelect: 8,
  Label: 18,
} as const;
const SELECTS: ReadonlySet<number> = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

function checkCustomId(out: LimitIssue[], c: Obj, path: string, required: boolean): void {
  if (c.custom_id === undefined) {
    if (required) out.push(hard('component.custom_id.required', join(path, 'custom_id'), 'custom_id is required'));
    return;
  }
  const n = len(c.custom_id);
  if (n < 1 || n > LIMITS.customId) {
    out.push(
      hard(
        'component.custom_id.length',
        join(path, 'custom_id'),
        `custom_id is ${n} characters (must be 1..${LIMITS.customId})`,
      ),
    );
  }
}

function checkButton(out: LimitIssue[], c: Obj, path: string): void {
  maxLen(out, c.label, LIMITS.buttonLabel, 'button.label.max_length', join(path, 'label'), 'button label');
  const style = typeof c.style === 'number' ? c.style : 0;
  if (style === LINK_STYLE) {
    if (!str(c.url)) out.push(hard('button.url.required', join(path, 'url'), 'link button needs a url'));
    if (c.custom_id !== undefined)
      out.push(hard('button.link.custom_id', join(path, 'custom_id'), 'link button cannot have a custom_id'));
  } else if (style !== PREMIUM_STYLE) {
    checkCustomId(out, c, path, true);
    if (c.label === undefined && c.emoji === undefined) {
      out.push(hard('button.label.required', path, 'button needs a label or an emoji'));
    }
  }
}

function checkSelect(out: LimitIssue[], c: Obj, path: string): void {
  checkCustomId(out, c, path, true);
  maxLen(
    out,
    c.placeholder,
    LIMITS.selectPlaceholder,
    'select.placeholder.max_length',
    join(path, 'placeholder'),
    'select placeholder',
  );
  if (c.type === ComponentType.StringSelect) {
    const options = Array.isArray(c.options) ? c.options : [];
    if (options.length < 1 || options.length > LIMITS.selectOptions) {
      out.push(
        hard(
          'select.options.count',
          join(path, 'options'),
          `${options.length} select options (must be 1..${LIMITS.selectOptions})`,
        ),
      );
    }
    options.forEach((o, i) => {
      if (!isObj(o)) return;
      const op = join(join(path, 'options'), i);
      maxLen(
        out,
        o.label,
        LIMITS.selectOptionText,
        'select.option.label.max_length',
        join(op, 'label'),
        'select option label',
      );
      maxLen(
        out,
        o.value,
        LIMITS.selectOptionText,
        'select.option.value.max_length',
        join(op, 'value'),
        'select option value',
      );
      maxLen(
        out,
        o.description,
        LIMITS.selectOptionText,
        'select.option.description.max_length',
        join(op, 'description'),
        'select option description',
      );
    });
  }
}

/** Counts components recursively (Components V2 limit is on the total). */
function countComponents(list: unknown[]): number {
  let n = 0;
  for (const c of list) {
    n++;
    if (isObj(c)) {
      if (Array.isArray(c.components)) n += countComponents(c.components);
      if (isObj(c.accessory)) n++;
      if (isObj(c.component)) n++;
    }
  }
  return n;
}

/**
 * Checks a message's `components`. Classic messages: ≤5 action rows, each with
 * ≤5 buttons or exactly one select menu. With the Components V2 flag the layout
 * is free-form, so only the total count and the interactive parts are checked.
 */
export function checkMessageComponents(components: unknown, flags = 0, basePath = 'components'): LimitIssue[] {
  const out: LimitIssue[] = [];
  if (components === undefined || components === null) return out;
  if (!Array.isArray(components)) return [hard('components.type', basePath, 'components must be an array')];

  if (flags & MessageFlagBits.IsComponentsV2) {
    const total = countComponents(components);
    if (total > LIMITS.componentsV2Total) {
      out.push(hard('components.v2.max_count', basePath, `${total} components (max ${LIMITS.componentsV2Total})`));
    }
    const walk = (list: unknown[], p: string): void =>
      list.forEach((c, i) => {
        if (!isObj(c)) return;
        const cp = join(p, i);
        if (c.type === ComponentType.Button) checkButton(out, c, cp);
        else if (typeof c.type === 'number' && SELECTS.has(c.type)) checkSelect(out, c, cp);
        if (Array.isArray(c.components)) walk(c.components, join(cp, 'components'));
        if (isObj(c.accessory) && c.accessory.type === ComponentType.Button)
          checkButton(out, c.accessory, join(cp, 'accessory'));
      });
    walk(components, basePath);
    return out;
  }

  if (components.length > LIMITS.actionRows) {
    out.push(
      hard('components.action_rows.max_count', basePath, `${components.length} action rows (max ${LIMITS.actionRows})`),
    );
  }
  components.forEach((row, i) => {
    const rp = join(basePath, i);
    if (!isObj(row) || row.type !== ComponentType.ActionRow) {
      out.push(
        hard(
          'components.top_level',
          rp,
          'top-level components must be action rows (type 1) without the Components V2 flag',
        ),
      );
      return;
    }
    const children = Array.isArray(row.components) ? row.components : [];
    if (children.length === 0) out.push(hard('action_row.empty', rp, 'action row has no components'));
    const selects = children.filter((c) => isObj(c) && typeof c.type === 'number' && SELECTS.has(c.type)).length;
    const buttons = children.filter((c) => isObj(c) && c.type === ComponentType.Button).length;
    if (selects > 0 && children.length > 1) {
      out.push(hard('action_row.select_alone', rp, 'a select menu must be alone in its action row'));
    }
    if (buttons > LIMITS.buttonsPerRow) {
      out.push(hard('action_row.buttons.max_count', rp, `${buttons} buttons in one row (max ${LIMITS.buttonsPerRow})`));
    }
    children.forEach((c, j) => {
      if (!isObj(c)) return;
      const cp = join(join(rp, 'components'), j);
      if (c.type === ComponentType.Button) checkButton(out, c, cp);
      else if (typeof c.type === 'number' && SELECTS.has(c.type)) checkSelect(out, c, cp);
      else
        out.push(
          hard(
            'action_row.component_type',
            cp,
            `component type ${String(c.type)} is not allowed in a message action row`,
          ),
        );
    });
  });
  return out;
}

// ---------------------------------------------------------------- messages

export interface MessageCheckOptions {
  /**
   * The payload is a partial update (edit, or callback type 7): missing fields
   * keep their old value, so "empty message" cannot be judged from it alone.
   */
  partial?: boolean;
  /** Number of files uploaded alongside the payload (multipart `files[n]`). */
  fileCount?: number;
  /** Enforce the project policy `allowed_mentions: { parse: [] }` (default true). */
  requireAllowedMentions?: boolean;
}

/** Project policy: no message may ping anyone implicitly. */
export function checkAllowedMentions(payload: unknown, basePath = ''): LimitIssue[] {
  const p = join(basePath, 'allowed_mentions');
  if (!isObj(payload) || !isObj(payload.allowed_mentions)) {
    return [
      policy('allowed_mentions.missing', p, 'allowed_mentions is missing (must be { parse: [] } so nobody is pinged)'),
    ];
  }
  const parse = payload.allowed_mentions.parse;
  if (!Array.isArray(parse) || parse.length !== 0) {
    return [
      policy(
        'allowed_mentions.parse',
        join(p, 'parse'),
        `allowed_mentions.parse must be an empty list, got ${JSON.stringify(parse)}`,
      ),
    ];
  }
  return [];
}

/**
 * True when a (complete) message would show nothing: no content, embeds,
 * components, attachments, stickers or poll. Discord rejects such a message
 * with 50006 "Cannot send an empty message".
 */
export function isEmptyMessage(message: unknown, fileCount = 0): boolean {
  if (!isObj(message)) return true;
  if (fileCount > 0) return false;
  const nonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  return (
    len(message.content) === 0 &&
    !nonEmptyArray(message.embeds) &&
    !nonEmptyArray(message.components) &&
    !nonEmptyArray(message.attachments) &&
    !nonEmptyArray(message.sticker_ids) &&
    !isObj(message.poll)
  );
}

/** Checks a message-creating or -editing payload (reply, update, edit, follow-up). */
export function checkMessagePayload(payload: unknown, options: MessageCheckOptions = {}): LimitIssue[] {
  const { partial = false, fileCount = 0, requireAllowedMentions = true } = options;
  if (!isObj(payload)) {
    // No data at all: only an empty message when it had to be complete.
    return partial || fileCount > 0
      ? []
      : [hard('message.empty', '', 'message is empty (no content, embeds, components or files)')];
  }
  const out: LimitIssue[] = [];
  const flags = typeof payload.flags === 'number' ? payload.flags : 0;
  maxLen(out, payload.content, LIMITS.content, 'content.max_length', 'content', 'content');
  out.push(...checkEmbeds(payload.embeds));
  out.push(...checkMessageComponents(payload.components, flags));
  if (flags & MessageFlagBits.IsComponentsV2) {
    // V2 messages cannot carry content or embeds; Discord answers 400.
    if (len(payload.content) > 0)
      out.push(hard('components.v2.content', 'content', 'content is not allowed with the Components V2 flag'));
    if (Array.isArray(payload.embeds) && payload.embeds.length > 0) {
      out.push(hard('components.v2.embeds', 'embeds', 'embeds are not allowed with the Components V2 flag'));
    }
  }
  const attachments = Array.isArray(payload.attachments) ? payload.attachments.length : 0;
  if (Math.max(fileCount, attachments) > LIMITS.filesPerMessage) {
    out.push(
      hard(
        'files.max_count',
        'attachments',
        `${Math.max(fileCount, attachments)} files (max ${LIMITS.filesPerMessage})`,
      ),
    );
  }
  if (!partial && isEmptyMessage(payload, fileCount)) {
    out.push(hard('message.empty', '', 'message is empty (no content, embeds, components or files)'));
  }
  if (requireAllowedMentions) out.push(...checkAllowedMentions(payload));
  return out;
}

// ---------------------------------------------------------------- autocomplete

/** Checks the `choices` of an autocomplete answer (callback type 8). */
export function checkAutocompleteChoices(choices: unknown, basePath = 'choices'): LimitIssue[] {
  if (!Array.isArray(choices)) return [hard('choices.required', basePath, 'autocomplete answer needs a choices array')];
  const out: LimitIssue[] = [];
  if (choices.length > LIMITS.autocompleteChoices) {
    out.push(
      hard('choices.max_count', basePath, `${choices.length} autocomplete choices (max ${LIMITS.autocompleteChoices})`),
    );
  }
  choices.forEach((c, i) => {
    const p = join(basePath, i);
    if (!isObj(c)) {
      out.push(hard('choice.type', p, 'choice must be an object'));
      return;
    }
    const n = len(c.name);
    if (n < 1 || n > LIMITS.choiceName)
      out.push(
        hard('choice.name.length', join(p, 'name'), `choice name is ${n} characters (must be 1..${LIMITS.choiceName})`),
      );
    if (c.value === undefined || c.value === null)
      out.push(hard('choice.value.required', join(p, 'value'), 'choice value is missing'));
    else if (typeof c.value === 'string') {
      maxLen(out, c.value, LIMITS.choiceValue, 'choice.value.max_length', join(p, 'value'), 'choice value');
    }
  });
  return out;
}

// ---------------------------------------------------------------- modals

/** Checks a modal (callback type 9 data). */
export function checkModal(modal: unknown, basePath = ''): LimitIssue[] {
  if (!isObj(modal)) return [hard('modal.required', basePath, 'modal data is missing')];
  const out: LimitIssue[] = [];
  const t = len(modal.title);
  if (t < 1 || t > LIMITS.modalTitle)
    out.push(
      hard(
        'modal.title.length',
        join(basePath, 'title'),
        `modal title is ${t} characters (must be 1..${LIMITS.modalTitle})`,
      ),
    );
  checkCustomId(out, modal, basePath, true);
  const comps = Array.isArray(modal.components) ? modal.components : [];
  if (comps.length < 1 || comps.length > LIMITS.modalComponents) {
    out.push(
      hard(
        'modal.components.count',
        join(basePath, 'components'),
        `${comps.length} modal components (must be 1..${LIMITS.modalComponents})`,
      ),
    );
  }
  comps.forEach((row, i) => {
    if (!isObj(row)) return;
    const rp = join(join(basePath, 'components'), i);
    // Legacy action rows hold the input; newer Label components hold it in `component`.
    const inputs: unknown[] = Array.isArray(row.components)
      ? row.components
      : isObj(row.component)
        ? [row.component]
        : [];
    if (row.type === ComponentType.Label)
      maxLen(out, row.label, LIMITS.textInputLabel, 'label.max_length', join(rp, 'label'), 'label');
    inputs.forEach((c, j) => {
      if (!isObj(c)) return;
      const cp = join(rp, j);
      checkCustomId(out, c, cp, true);
      if (c.type === ComponentType.TextInput) {
        maxLen(
          out,
          c.label,
          LIMITS.textInputLabel,
          'text_input.label.max_length',
          join(cp, 'label'),
          'text input label',
        );
        maxLen(
          out,
          c.value,
          LIMITS.textInputValue,
          'text_input.value.max_length',
          join(cp, 'value'),
          'text input value',
        );
      }
    });
  });
  return out;
}

// ---------------------------------------------------------------- command definitions

/** Discord's name rule for commands and options (CHAT_INPUT): lowercase, 1..32, no spaces. */
const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOptionsDef(out: LimitIssue[], options: unknown, path: string): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    out.push(hard('command.options.type', path, 'options must be an array'));
    return;
  }
  if (options.length > LIMITS.commandOptions) {
    out.push(hard('command.options.max_count', path, `${options.length} options (max ${LIMITS.commandOptions})`));
  }
  let seenOptional = false;
  const names = new Set<string>();
  options.forEach((o, i) => {
    const p = join(path, i);
    if (!isObj(o)) return;
    const name = str(o.name);
    if (!NAME_RE.test(name) || name !== name.toLowerCase()) {
      out.push(
        hard(
          'command.option.name',
          join(p, 'name'),
          `option name ${JSON.stringify(name)} must be 1..32 lowercase characters without spaces`,
        ),
      );
    }
    if (names.has(name))
      out.push(hard('command.option.name.duplicate', join(p, 'name'), `duplicate option name ${JSON.stringify(name)}`));
    names.add(name);
    const d = len(o.description);
    if (d < 1 || d > LIMITS.commandDescription) {
      out.push(
        hard(
          'command.option.description',
          join(p, 'description'),
          `option description is ${d} characters (must be 1..${LIMITS.commandDescription})`,
        ),
      );
    }
    // Required options must come before optional ones.
    const isSub = o.type === 1 || o.type === 2;
    if (!isSub) {
      if (o.required === true && seenOptional) {
        out.push(
          hard(
            'command.option.required_order',
            p,
            `required option ${JSON.stringify(name)} comes after an optional one`,
          ),
        );
      }
      if (o.required !== true) seenOptional = true;
    }
    if (Array.isArray(o.choices)) {
      if (o.autocomplete === true)
        out.push(
          hard('command.option.choices_and_autocomplete', p, 'an option cannot have both choices and autocomplete'),
        );
      out.push(...checkAutocompleteChoices(o.choices, join(p, 'choices')));
    }
    if (isSub) checkOptionsDef(out, o.options, join(p, 'options'));
  });
}

/** `integration_types` and `contexts`: absent or null, or a non-empty list of distinct known values. */
function checkEnumList(out: LimitIssue[], list: unknown, allowed: number[], path: string, what: string): void {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list) || list.length === 0) {
    out.push(hard('command.enum_list', path, `must be a non-empty array of ${what} values`));
    return;
  }
  list.forEach((v, i) => {
    if (!allowed.includes(v as number))
      out.push(hard('command.enum_list.value', join(path, i), `${JSON.stringify(v)} is not a ${what}`));
  });
  if (new Set(list).size !== list.length) out.push(hard('command.enum_list.unique', path, 'values must be unique'));
}

/** Checks the body of `PUT .../commands` (an array of command definitions). */
export function checkCommandDefinitions(commands: unknown): LimitIssue[] {
  if (!Array.isArray(commands)) return [hard('commands.type', '', 'body must be an array of commands')];
  const out: LimitIssue[] = [];
  const chatInput = commands.filter((c) => isObj(c) && (c.type === undefined || c.type === 1)).length;
  if (chatInput > LIMITS.commandsPerScope) {
    out.push(hard('commands.max_count', '', `${chatInput} slash commands (max ${LIMITS.commandsPerScope})`));
  }
  const names = new Set<string>();
  commands.forEach((c, i) => {
    const p = String(i);
    if (!isObj(c)) {
      out.push(hard('command.type', p, 'command must be an object'));
      return;
    }
    const type = typeof c.type === 'number' ? c.type : 1;
    const name = str(c.name);
    if (type === 1) {
      if (!NAME_RE.test(name) || name !== name.toLowerCase()) {
        out.push(
          hard(
            'command.name',
            join(p, 'name'),
            `command name ${JSON.stringify(name)} must be 1..32 lowercase characters without spaces`,
          ),
        );
      }
      const d = len(c.description);
      if (d < 1 || d > LIMITS.commandDescription) {
        out.push(
          hard(
            'command.description',
            join(p, 'description'),
            `command description is ${d} characters (must be 1..${LIMITS.commandDescription})`,
          ),
        );
      }
    } else {
      if (len(name) < 1 || len(name) > LIMITS.commandName) {
        out.push(hard('command.name', join(p, 'name'), `command name must be 1..${LIMITS.commandName} characters`));
      }
      // User and message commands (types 2, 3) show only their name: no description, no options.
      if (len(c.description) > 0)
        out.push(
          hard(
            'command.context_menu.description',
            join(p, 'description'),
            `a ${type === 3 ? 'message' : 'user'} command has no description (got ${JSON.stringify(c.description)})`,
          ),
        );
      if (Array.isArray(c.options) ? c.options.length > 0 : c.options != null)
        out.push(
          hard(
            'command.context_menu.options',
            join(p, 'options'),
            `a ${type === 3 ? 'message' : 'user'} command has no options`,
          ),
        );
    }
    if (type < 1 || type > 4 || !Number.isInteger(type))
      out.push(
        hard(
          'command.type',
          join(p, 'type'),
          `command type ${JSON.stringify(c.type)} is not 1 (slash), 2 (user), 3 (message) or 4 (entry point)`,
        ),
      );
    checkEnumList(
      out,
      c.integration_types,
      [0, 1],
      join(p, 'integration_types'),
      'integration type (0 guild install, 1 user install)',
    );
    checkEnumList(out, c.contexts, [0, 1, 2], join(p, 'contexts'), 'context (0 guild, 1 bot DM, 2 private channel)');
    const key = `${type}:${name}`;
    if (names.has(key))
      out.push(hard('command.name.duplicate', join(p, 'name'), `duplicate command name ${JSON.stringify(name)}`));
    names.add(key);
    checkOptionsDef(out, c.options, join(p, 'options'));
  });
  return out;
}
