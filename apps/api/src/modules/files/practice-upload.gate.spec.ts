import { UploadSlots } from './practice-upload.gate';

it('counts uploads in flight per user and in all, and gives slots back', () => {
  const slots = new UploadSlots(2, 3);
  expect(slots.take('a')).toBe('OK');
  expect(slots.take('a')).toBe('OK');
  expect(slots.take('a')).toBe('USER');
  expect(slots.take('b')).toBe('OK');
  expect(slots.take('c')).toBe('INSTANCE');
  slots.give('a');
  expect(slots.inFlight('a')).toBe(1);
  expect(slots.take('c')).toBe('OK');
  expect(slots.inFlight()).toBe(3);
  slots.give('a');
  slots.give('b');
  slots.give('c');
  expect(slots.inFlight()).toBe(0);
  expect(slots.inFlight('a')).toBe(0);
});
