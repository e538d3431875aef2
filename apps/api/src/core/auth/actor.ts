import type { Role } from '@grassroots/domain';

/** The signed-in user as every service sees it. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  traineeId: string | null;
  sponsorId: string | null;
  sessionId: string;
}
