// What sits in the Trash until it is restored or the Trash is emptied.

export interface TrashItem {
  entityType: 'contact' | 'company' | 'deal';
  id: number;
  displayName: string;
  deletedAt: string;
}
