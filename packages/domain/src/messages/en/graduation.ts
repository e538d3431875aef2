/** graduation: English texts (the fallback `message` sent with each code). */
export const graduation = {
  'graduation.notEligible': 'Not eligible: {{reasons}}',
  'graduation.outcomesRecordedAfterTraineeGraduated':
    'Outcomes are recorded after the trainee graduated or left the program',
};
