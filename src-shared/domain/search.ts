// Global search results (Ctrl/Cmd+K).

export interface SearchHit {
  entityType: 'contact' | 'company';
  id: number;
  title: string;
  /** Company, title, email or city: what tells two "Zhang Wei"s apart. */
  subtitle: string;
}
