/** Who is signed in (team mode) and what they may do; local mode has no sign-in and may triage. */
import { createContext, useContext } from 'react';
import type { Session } from './types';

export interface SessionState {
  session: Session;
  /** Viewers read; triagers and admins change findings. */
  canTriage: boolean;
}

export const SessionContext = createContext<SessionState>({ session: { mode: 'local', user: null }, canTriage: true });
export const useSession = () => useContext(SessionContext);

export function sessionState(session: Session): SessionState {
  return { session, canTriage: session.mode === 'local' || (session.user !== null && session.user.role !== 'viewer') };
}
