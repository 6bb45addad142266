// Which dialogs are open, top last: Escape closes only the top one, and global shortcuts pause while any is open.
const stack: symbol[] = [];

export const dialogStack = {
  push(id: symbol) {
    stack.push(id);
  },
  remove(id: symbol) {
    const i = stack.indexOf(id);
    if (i >= 0) stack.splice(i, 1);
  },
  isTop(id: symbol) {
    return stack[stack.length - 1] === id;
  },
  anyOpen() {
    return stack.length > 0;
  },
};
