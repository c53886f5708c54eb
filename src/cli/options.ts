/**
 * What Node's parseArgs says is wrong with a command's options, in one line: its message for an option
 * followed by another option instead of its value takes three lines, the others one.
 */
export function parseArgsProblem(error: Error): string {
  const option = /^Option '(?:-\w, )?(--[^' ]+)[^']*' argument is ambiguous/.exec(error.message)?.[1];
  if (option) return `${option}: expected a value after it, not another option (a value that starts with a dash is written ${option}=-…)`;
  // Node's words for an option last on the line, with nothing after it.
  const missing = /^Option '(?:-\w, )?(--[^' ]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missing) return `${missing}: expected a value after it`;
  // Node's advice for an unknown option is how to pass a file whose name starts with a dash: not what an editor meant.
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown) return `${unknown}: unknown option; check its spelling`;
  return error.message.split('\n')[0]!;
}
