/**
 * Reading a profile's data file: its shape and every reference inside it (a sum's rows, a table's
 * part, a format's tables, a stated number's cells) checked, so that a typo in a row id fails the
 * load instead of silently leaving a sum unchecked.
 */
import type { SectionProfile } from './schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isMessage = (value: unknown): boolean => isObject(value) && isString(value['zh-cn']) && isString(value.en);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The fields a profile may have: a misspelt one would otherwise be silently absent. */
const FIELDS = new Set([
  '$comment', 'id', 'name', 'titleKeywords', 'titleSubjects', 'contentSignals', 'topics', 'topicsAtTopLevelOnly', 'topicsInOrder',
  'skeletonPrefixes', 'skeleton', 'tables', 'tableFormats', 'statedNumbers',
]);

/** The bit per topic the keyword matching uses leaves room for 31 topics. */
const MAX_TOPICS = 31;

/** What is wrong with a profile's data, one line each (none for a sound profile). */
export function profileProblems(data: unknown): string[] {
  if (!isObject(data)) return ['not an object'];
  const problems: string[] = [];
  const require = (holds: boolean, problem: string) => { if (!holds) problems.push(problem); };
  const unique = (ids: readonly unknown[], what: string) => {
    const seen = new Set<unknown>();
    for (const id of ids) {
      require(!seen.has(id), `${what} ${String(id)} twice`);
      seen.add(id);
    }
  };

  for (const field of Object.keys(data)) require(FIELDS.has(field), `unknown field ${field}`);
  require(isString(data.id), 'id missing');
  require(isMessage(data.name), 'name needs zh-cn and en');
  require(isStrings(data.titleKeywords), 'titleKeywords must be strings');
  require(data.titleSubjects === undefined || isStrings(data.titleSubjects), 'titleSubjects must be strings');
  require(isStrings(data.skeletonPrefixes), 'skeletonPrefixes must be strings');
  require(isObject(data.skeleton) && isString(data.skeleton.subject) && isString(data.skeleton.opening) && isMessage(data.skeleton.description),
    'skeleton needs subject, opening and description');

  const topics = objects(data.topics);
  require(Array.isArray(data.topics) && topics.length === data.topics.length && topics.length > 0, 'topics must be a list of objects');
  require(topics.length <= MAX_TOPICS, `more than ${MAX_TOPICS} topics`);
  for (const topic of topics) {
    const at = `topic ${String(topic.id)}`;
    require(isCount(topic.id), `${at}: id must be a whole number`);
    require(isMessage(topic.name) && isMessage(topic.statutoryTitle) && isMessage(topic.guidance), `${at}: name, statutoryTitle and guidance need zh-cn and en`);
    require(isStrings(topic.keywords), `${at}: keywords must be strings`);
    require(['error', 'warning', 'info', 'hint'].includes(topic.severity as string), `${at}: severity ${String(topic.severity)} is none of error, warning, info, hint`);
    require(topic.year === undefined || topic.year === 'report' || topic.year === 'next', `${at}: year must be report or next`);
  }
  unique(topics.map((topic) => topic.id), 'topic');
  const topicIds = new Set(topics.map((topic) => topic.id));

  const tables = objects(data.tables);
  unique(tables.map((table) => table.id), 'table');
  const rowsByTable = new Map<unknown, Map<unknown, Json>>();
  for (const table of tables) {
    const at = `table ${String(table.id)}`;
    require(isString(table.id) && isMessage(table.name), `${at}: id and name needed`);
    require(topicIds.has(table.topic), `${at}: topic ${String(table.topic)} is no topic of the profile`);
    require(isStrings(table.headerTerms) && isStrings(table.headerNotes ?? []), `${at}: headerTerms and headerNotes must be strings`);
    const rows = objects(table.rows);
    unique(rows.map((row) => row.id), `${at}: row`);
    const rowsById = new Map(rows.map((row) => [row.id, row]));
    rowsByTable.set(table.id, rowsById);
    for (const row of rows) {
      require(isString(row.id) && typeof row.label === 'string' && isStrings(row.keys) && isCount(row.cells), `${at}: row ${String(row.id)} needs id, label, keys and cells`);
    }
    const widest = Math.max(0, ...rows.map((row) => (isCount(row.cells) ? row.cells : 0)));
    const column = (index: unknown) => isCount(index) && index < widest;
    for (const rule of objects(table.rules)) {
      const name = isObject(rule.name) ? String(rule.name['zh-cn']) : '?';
      if (rule.kind === 'columns') {
        for (const id of [...(isStrings(rule.left) ? rule.left : []), ...(isStrings(rule.right) ? rule.right : [])]) {
          require(rowsById.has(id), `${at}: sum ${name} names row ${id}, which the table lacks`);
        }
        require(isStrings(rule.left) && isStrings(rule.right) && rule.left.length > 0 && rule.right.length > 0, `${at}: sum ${name} needs left and right rows`);
      } else if (rule.kind === 'row') {
        const parts = Array.isArray(rule.parts) ? rule.parts : [];
        require(parts.length > 0 && column(rule.total) && parts.every(column), `${at}: sum ${name} names a column past the table's ${widest}`);
      } else {
        problems.push(`${at}: sum ${name} is of kind ${String(rule.kind)}, neither columns nor row`);
      }
    }
  }

  const formats = objects(data.tableFormats);
  unique(formats.map((format) => format.id), 'table format');
  for (const format of formats) {
    for (const id of isStrings(format.tables) ? format.tables : []) {
      require(rowsByTable.has(id), `table format ${String(format.id)}: table ${id} is no table of the profile`);
    }
  }

  for (const stated of objects(data.statedNumbers)) {
    const name = isObject(stated.name) ? String(stated.name['zh-cn']) : '?';
    require(isString(stated.pattern) && isStrings(stated.unless ?? []), `stated number ${name}: pattern and unless needed`);
    for (const cell of objects(stated.cells)) {
      const rows = rowsByTable.get(cell.table);
      const row = rows?.get(cell.row);
      require(row !== undefined, `stated number ${name}: table ${String(cell.table)} has no row ${String(cell.row)}`);
      const columns = Array.isArray(cell.columns) ? cell.columns : [];
      require(columns.length > 0 && columns.every((column) => isCount(column) && row !== undefined && column < (row.cells as number)),
        `stated number ${name}: a column of row ${String(cell.row)} is past its cells`);
    }
  }
  return problems;
}

/** A profile from its data file; a broken one is a defect of the product, reported with every problem. */
export function loadProfile(data: unknown): SectionProfile {
  const problems = profileProblems(data);
  if (problems.length > 0) throw new Error(`profile ${isObject(data) ? String(data.id) : '?'}: ${problems.join('; ')}`);
  return data as SectionProfile;
}
