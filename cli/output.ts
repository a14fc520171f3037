/** Where the CLI writes: data to stdout, messages and progress to stderr. */
export const say = (line: string) => process.stderr.write(`${line}\n`);
export const print = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
