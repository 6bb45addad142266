// The pure parts of backups: which files the retention rules delete, what a backup's name says, ISO weeks, and
// when the next scheduled backup is due or overdue.
import { describe, expect, it } from 'vitest';
import { backupsToDelete, isoWeek, type FolderEntry } from '../../../src-main/backups/retention';
import { backupFileName, backupStem, parseBackupName } from '../../../src-main/backups/backupNames';
import { isOverdue, nextBackupDue } from '../../../src-main/backups/backupSchedule';

const ok = (stamp: string): FolderEntry => ({ name: `Rapport-${stamp}.rapport-backup`, good: true });
const bad = (stamp: string): FolderEntry => ({ name: `Rapport-${stamp}.rapport-backup`, good: false });
const name = (stamp: string) => `Rapport-${stamp}.rapport-backup`;
/** One good backup a day at 14:30 for `days` days ending on 2026-11-22 (a Sunday), newest first. */
const daily = (days: number) =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, 22 - i));
    return ok(`${d.toISOString().slice(0, 10)}-1430`);
  });

describe('backupsToDelete', () => {
  const cases: Array<{ case: string; files: FolderEntry[]; keepDaily: number; keepWeekly: number; deleted: string[] }> =
    [
      { case: 'an empty folder', files: [], keepDaily: 7, keepWeekly: 4, deleted: [] },
      {
        case: 'fewer backups than the rules keep',
        files: daily(3),
        keepDaily: 7,
        keepWeekly: 4,
        deleted: [],
      },
      {
        case: 'several the same day: the newest of the day is its daily one',
        files: [ok('2026-11-22-0900'), ok('2026-11-22-1430'), ok('2026-11-22-1430-2'), ok('2026-11-21-2200')],
        keepDaily: 7,
        keepWeekly: 0,
        deleted: [name('2026-11-22-1430'), name('2026-11-22-0900')],
      },
      {
        // 10 days from Fri 13 to Sun 22 Nov: keep the last 3 days (20–22); weekly: the newest of W47 (22, already
        // kept) and of W46 (Sun 15).
        case: '10 daily backups, keep 3 daily and 2 weekly',
        files: daily(10),
        keepDaily: 3,
        keepWeekly: 2,
        deleted: ['19', '18', '17', '16', '14', '13'].map((d) => name(`2026-11-${d}-1430`)),
      },
      {
        case: 'nothing kept by the numbers: still never the newest good one',
        files: daily(3),
        keepDaily: 0,
        keepWeekly: 0,
        deleted: [name('2026-11-21-1430'), name('2026-11-20-1430')],
      },
      {
        case: 'the newest good one is kept even when a newer one is damaged; damaged ones are left alone',
        files: [bad('2026-11-22-1430'), ok('2026-11-21-1430'), ok('2026-11-20-1430'), bad('2026-11-01-1430')],
        keepDaily: 0,
        keepWeekly: 0,
        deleted: [name('2026-11-20-1430')],
      },
      {
        case: 'files that are not Rapport backups, copies saved before a restore and partial files are never touched',
        files: [
          ok('2026-11-22-1430'),
          ok('2026-11-20-1430'),
          { name: 'Rapport-2026-11-19-1430-before-restore.rapport-backup', good: true },
          { name: 'Rapport-2026-11-18-1430.rapport-backup.4242.partial', good: false },
          { name: 'holiday photos.jpg', good: false },
          { name: 'my-rapport-2026-11-17.rapport-backup', good: true },
          { name: 'Rapport-2026-11-16-1430.rapport-backup.bak', good: true },
        ],
        keepDaily: 1,
        keepWeekly: 0,
        deleted: [name('2026-11-20-1430')],
      },
      {
        case: 'weekly across a new year (ISO week 2026-W53 holds 2027-01-01)',
        files: [ok('2027-01-04-1000'), ok('2027-01-03-1000'), ok('2027-01-01-1000'), ok('2026-12-28-1000')],
        keepDaily: 1,
        keepWeekly: 2,
        deleted: [name('2027-01-01-1000'), name('2026-12-28-1000')],
      },
      {
        case: '40 days of daily backups with the defaults (7 daily, 4 weekly): 7 + 3 older weeks kept',
        files: daily(40),
        keepDaily: 7,
        keepWeekly: 4,
        deleted: daily(40)
          .map((f) => f.name)
          .filter(
            (n) =>
              !['22', '21', '20', '19', '18', '17', '16', '15', '08', '01'].some((d) =>
                n.startsWith(`Rapport-2026-11-${d}`),
              ),
          ),
      },
    ];

  it.each(cases)('$case', ({ files, keepDaily, keepWeekly, deleted }) => {
    // The order files come in does not matter.
    expect(backupsToDelete([...files].reverse(), { keepDaily, keepWeekly }).sort()).toEqual([...deleted].sort());
    expect(backupsToDelete(files, { keepDaily, keepWeekly }).sort()).toEqual([...deleted].sort());
  });
});

describe('backup names', () => {
  it('say the local minute they were made, in the computer’s zone', () => {
    const at = new Date('2026-11-22T06:30:00Z');
    expect(backupStem(at, 'Asia/Shanghai')).toBe('Rapport-2026-11-22-1430');
    expect(backupStem(at, 'America/New_York')).toBe('Rapport-2026-11-22-0130');
    expect(backupFileName('Rapport-2026-11-22-1430', 1, false)).toBe('Rapport-2026-11-22-1430.rapport-backup');
    expect(backupFileName('Rapport-2026-11-22-1430', 3, true)).toBe(
      'Rapport-2026-11-22-1430-3-before-restore.rapport-backup',
    );
  });

  it.each([
    [
      'Rapport-2026-11-22-1430.rapport-backup',
      { day: '2026-11-22', sortKey: '2026-11-22-1430-0001', beforeRestore: false },
    ],
    [
      'Rapport-2026-11-22-1430-12.rapport-backup',
      { day: '2026-11-22', sortKey: '2026-11-22-1430-0012', beforeRestore: false },
    ],
    [
      'Rapport-2026-11-22-1431-before-restore.rapport-backup',
      { day: '2026-11-22', sortKey: '2026-11-22-1431-0001', beforeRestore: true },
    ],
    ['rapport-2026-11-22-1430.rapport-backup', null],
    ['Rapport-2026-11-22-1430.rapport-backup.77.partial', null],
    ['Rapport-2026-11-22.rapport-backup', null],
  ])('%s', (file, parsed) => expect(parseBackupName(file)).toEqual(parsed));

  it.each([
    ['2026-11-22', '2026-W47'],
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
  ])('ISO week of %s is %s', (day, week) => expect(isoWeek(day)).toBe(week));
});

describe('the schedule', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  it.each([
    { schedule: 'daily', good: null, failed: null, due: now, overdue: false },
    { schedule: 'daily', good: ago(3), failed: null, due: ago(3 - 24), overdue: false },
    { schedule: 'daily', good: ago(30), failed: null, due: ago(6), overdue: false },
    { schedule: 'daily', good: ago(49), failed: null, due: ago(25), overdue: true },
    { schedule: 'daily', good: ago(30), failed: ago(0.5), due: ago(-0.5), overdue: false },
    { schedule: 'daily', good: null, failed: ago(2), due: now, overdue: true },
    { schedule: 'weekly', good: ago(24 * 6), failed: null, due: ago(-24), overdue: false },
    { schedule: 'weekly', good: ago(24 * 9), failed: null, due: ago(48), overdue: true },
    { schedule: 'onClose', good: ago(24 * 3), failed: null, due: null, overdue: false },
    { schedule: 'onClose', good: ago(24 * 9), failed: null, due: null, overdue: true },
    { schedule: 'off', good: null, failed: ago(1), due: null, overdue: false },
  ] as const)('$schedule, last good $good, failed $failed', ({ schedule, good, failed, due, overdue }) => {
    expect(nextBackupDue(schedule, good, failed, now)).toEqual(due);
    expect(isOverdue(schedule, good, failed, now)).toBe(overdue);
  });
});
