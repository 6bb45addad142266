// The total of a column of figures (a card's headline and its table's foot).
export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
