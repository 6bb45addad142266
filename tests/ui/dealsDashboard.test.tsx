// The deals dashboard without its charts (chart.js cannot draw in jsdom; tests/e2e/deals-dashboard.test.ts
// draws them in Chromium): the periods each card offers, and the word a new user gets instead of empty axes.
import { screen } from '@testing-library/react';
import {
  dayRange,
  forecastMonths,
  localToday,
  revenueMonths,
} from '../../src-renderer/features/deals/dashboard/periods';
import { renderApp } from './renderApp';

describe('the dashboard’s periods', () => {
  it('spans whole months, quarters and years, and the last 12 months up to today', () => {
    expect(dayRange('thisMonth', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(dayRange('thisQuarter', '2026-11-22')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(dayRange('thisQuarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(dayRange('thisYear', '2026-11-22')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(dayRange('last12Months', '2026-11-22')).toEqual({ from: '2025-11-23', to: '2026-11-23' });
    expect(dayRange('last12Months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-03-01' });
    const all = dayRange('allTime', '2026-11-22');
    expect(all.from < '2000-01-01' && all.to > '2100-01-01').toBe(true);
  });

  it('looks months ahead from this month, and back for revenue', () => {
    expect(forecastMonths('next6Months', '2026-11-22')).toEqual({ fromMonth: '2026-11', months: 6 });
    expect(forecastMonths('next3Months', '2026-11-22')).toEqual({ fromMonth: '2026-11', months: 3 });
    expect(revenueMonths('last12Months', '2026-11-22')).toEqual({ fromMonth: '2025-12', months: 12 });
    expect(revenueMonths('last12Months', '2026-12-05')).toEqual({ fromMonth: '2026-01', months: 12 });
    expect(revenueMonths('thisYear', '2026-03-10')).toEqual({ fromMonth: '2026-01', months: 3 });
    expect(revenueMonths('lastYear', '2026-03-10')).toEqual({ fromMonth: '2025-01', months: 12 });
  });

  it('takes today from the computer’s calendar, not UTC', () => {
    expect(localToday(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });
});

describe('the dashboard of a new user', () => {
  it('says what will appear, with the way to the board, and draws no chart', async () => {
    await renderApp('/deals/numbers');
    expect(await screen.findByRole('heading', { name: 'Your numbers will appear here' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Deal numbers', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the board' })).toHaveAttribute('href', '#/deals');
    expect(document.querySelector('canvas')).toBeNull();
  });
});
