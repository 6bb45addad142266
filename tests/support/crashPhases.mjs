// Loaded with `node --import` into a real `rapport` process that a crash test is about to kill: writes a line to
// stderr as that process begins and commits a transaction, and starts and finishes copying the database, so the
// test knows where each SIGKILL landed. It only watches; what the CLI does is unchanged. A write to a pipe is
// synchronous on Linux and macOS, so a line is in the pipe before the step it announces starts (or right after a
// commit returns).
import Database from 'better-sqlite3';

const mark = (phase) => process.stderr.write(`@phase ${phase}\n`);

const { prepare, backup } = Database.prototype;
Database.prototype.prepare = function (source, ...rest) {
  const statement = prepare.call(this, source, ...rest);
  const verb = /^\s*(begin|commit)\b/i.exec(source)?.[1]?.toLowerCase();
  if (verb) {
    const run = statement.run;
    statement.run = function (...args) {
      if (verb === 'begin') mark('begin');
      const result = run.apply(this, args);
      if (verb === 'commit') mark('committed');
      return result;
    };
  }
  return statement;
};
Database.prototype.backup = async function (...args) {
  mark('copy');
  const result = await backup.apply(this, args);
  mark('copied');
  return result;
};
