/**
 * What Node's parseArgs says is wrong with a command's options, in one line: its message for an option
 * followed by another option instead of its value takes three lines, the others one.
 */
export function parseArgsProblem(error: Error): string {
  const option = /^Option '(?:-\w, )?(--[^' ]+)[^']*' argument is ambiguous/.exec(error.message)?.[1];
  if (option) return `${option}: expected a value after it, not another option (a value that starts with a dash is written ${option}=-…)`;
  return error.message.split('\n')[0]!;
}
