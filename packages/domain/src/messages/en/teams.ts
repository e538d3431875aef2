/** teams: English texts (the fallback `message` sent with each code). */
export const teams = {
  'teams.alreadySupportsTraineeSCap_one': '{{name}} already supports {{count}} trainee; the cap is {{max}}',
  'teams.alreadySupportsTraineeSCap_other': '{{name}} already supports {{count}} trainees; the cap is {{max}}',
  'teams.chooseStaffMember': 'Choose a staff member',
  'teams.chooseTrainee': 'Choose a trainee',
  'teams.giveTeamName': 'Give the team a name',
  'teams.nobodyCovers': 'Nobody covers {{roles}}',
  'teams.notActiveSupportStaffMember': 'Not an active support staff member',
  'teams.notActiveTraineeTeamsCohort': 'Not an active trainee of this team’s cohort',
  'teams.onePersonHoldsOneRole': 'One person holds one role per team',
  'teams.role.ADS': 'ads',
  'teams.role.FILMING': 'filming',
  'teams.role.PLANNER': 'planning',
  'teams.role.SCRIPT': 'script',
  'teams.staffMemberWouldSupportToo': 'A staff member would support too many trainees',
  'teams.teamAlreadyBacksTrainee': 'This team already backs this trainee',
  'teams.teamHasMembersOneHas': 'A team has {{min}} to {{max}} members (this one has {{count}})',
  'teams.teamIncompleteNeedsScriptAds':
    'This team is incomplete: it needs script, ads and filming covered by 3–4 active people',
};
