// The toast queue's context: components call useToast().show(...).
import { createContext } from 'react';

export interface ToastOptions {
  message: string;
  action?: { label: string; onClick: () => void };
  tone?: 'info' | 'error';
}

export interface ToastApi {
  show: (toast: ToastOptions) => void;
}

export const ToastContext = createContext<ToastApi>({ show: () => {} });
