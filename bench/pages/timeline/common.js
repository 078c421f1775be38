// Dates for the timeline peers: decimal years and `YYYY-MM` as Date objects (UTC).
export const dateOf = (text) => {
  const [y, m] = text.split('-').map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, 1));
};
export const yearDate = (year) => new Date(Date.UTC(Math.floor(year), Math.round((year % 1) * 12), 1));
