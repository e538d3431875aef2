/** Where an inbox entry (or a robot's or email's /go link) leads, for the role that follows it. */
export function notificationLink(type: string | null | undefined, id: string | null | undefined, role: string): string {
  const trainee = role === 'TRAINEE';
  switch (type) {
    case 'ASSIGNMENT':
    case 'SUBMISSION':
      return trainee ? '/portal' : '/cohorts';
    case 'SESSION':
      return trainee ? '/portal' : `/sessions/${id}`;
    case 'TICKET':
      return `/tickets/${id}`;
    case 'PRODUCT':
      return '/products';
    case 'QC_TASK':
      return '/qc';
    case 'SUPPLIER':
      return '/suppliers';
    case 'REPORT':
      return `/reports/${id}`;
    case 'TRAINEE':
      return trainee ? '/portal' : `/trainees/${id}`;
    case 'TEAM':
      return trainee ? '/portal' : `/teams/${id}`;
    default:
      return '/workbench';
  }
}
