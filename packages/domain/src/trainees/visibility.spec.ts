import { Role } from '../auth/roles';
import { nameHint, phoneMatch, projectTrainee, shownName, traineeSearch, traineeView } from './visibility';

const t = {
  name: '阿依古丽',
  phone: '13812345678',
  nationalIdMasked: '653121********0023',
  hometown: '疏附县',
  background: '果农',
  platformAccounts: [{ platform: 'DOUYIN', handle: '@ayi' }],
  statusReason: '家里有事',
};

describe('what a role sees of a trainee', () => {
  it('a sponsor: pseudonym, masked phone, no ID number, hometown, background, handles or reason', () => {
    expect(projectTrainee(traineeView('SPONSOR'), t)).toEqual({
      name: '阿**',
      phone: '138****5678',
      nationalIdMasked: null,
      hometown: null,
      background: null,
      platformAccounts: [],
      statusReason: null,
    });
  });

  it('staff without the contact permission: everything but the phone, which is masked', () => {
    expect(projectTrainee(traineeView('AFTERSALES_AGENT'), t)).toEqual({ ...t, phone: '138****5678' });
    expect(projectTrainee(traineeView('COORDINATOR'), t)).toEqual(t);
    expect(projectTrainee(traineeView('TRAINEE', true), t)).toEqual(t);
    expect(projectTrainee(traineeView('TRAINEE', false), t).phone).toBe('138****5678');
  });
});

describe('searching only on what is shown', () => {
  it('a masked phone matches its last four digits or the mask as shown, never a hidden digit', () => {
    expect(phoneMatch('masked', '5678')).toEqual({ endsWith: '5678' });
    expect(phoneMatch('masked', '78')).toEqual({ endsWith: '78' });
    expect(phoneMatch('masked', '138****5678')).toEqual({ startsWith: '138', endsWith: '5678' });
    // Four digits or fewer are compared with the end of the number only: "1381" finds …1381, not 1381…
    expect(phoneMatch('masked', '1381')).toEqual({ endsWith: '1381' });
    for (const hidden of ['13812', '12345678', '13812345678', '138*1**5678', '1381****'])
      expect(phoneMatch('masked', hidden)).toBeNull();
    expect(phoneMatch('full', '1381')).toEqual({ contains: '1381' });
  });

  it('a sponsor finds a pseudonym by its one shown character, and never by hometown or ID number', () => {
    const sponsor = traineeView('SPONSOR');
    expect(traineeSearch(sponsor, '阿')).toEqual({ name: { startsWith: '阿' } });
    expect(traineeSearch(sponsor, '阿**')).toEqual({ name: { startsWith: '阿' } });
    expect(traineeSearch(sponsor, '阿依')).toEqual({});
    expect(traineeSearch(sponsor, '疏附')).toEqual({});
    expect(traineeSearch(sponsor, '5678')).toEqual({ phone: { endsWith: '5678' } });
  });

  it('only a role allowed to read ID numbers finds a trainee by a full, valid one', () => {
    const id = '11010519491231002X';
    expect(traineeSearch(traineeView('COORDINATOR'), id.toLowerCase()).nationalId).toBe(id);
    expect(traineeSearch(traineeView('SUPPORT'), id).nationalId).toBeUndefined();
    expect(traineeSearch(traineeView('COORDINATOR'), '110105').nationalId).toBeUndefined();
  });
});

describe('name hints for namesakes', () => {
  it('is null unless someone else shows under the same name', () => {
    expect(nameHint(traineeView(Role.COORDINATOR), { phone: '13912345678', hometown: '伽师县' }, 1)).toBeNull();
  });
  it('gives staff the phone tail and the hometown, a sponsor the phone tail only', () => {
    expect(nameHint(traineeView(Role.SUPPORT), { phone: '13912345678', hometown: '伽师县' }, 3)).toEqual({
      phoneTail: '5678',
      hometown: '伽师县',
    });
    expect(nameHint(traineeView(Role.SPONSOR), { phone: '13912345678', hometown: '伽师县' }, 2)).toEqual({
      phoneTail: '5678',
      hometown: null,
    });
  });
  it('groups a sponsor by the pseudonym it is shown', () => {
    expect(shownName(traineeView(Role.SPONSOR), '热依拉·艾力')).toBe('热**');
    expect(shownName(traineeView(Role.ADMIN), '热依拉·艾力')).toBe('热依拉·艾力');
  });
});
