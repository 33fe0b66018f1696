import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSignals, watchPage } from './page-watch';

const WATCH = { passwordField: true, inboxMarkers: ['#qa_NewMail'] };

describe('page watch', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sees a password field and the inbox markers, and only what it was asked for', () => {
    document.body.innerHTML = '<form><input type="password" name="p"></form><button id="qa_NewMail"></button>';
    expect(readSignals(document, WATCH)).toEqual({ passwordField: true, inboxMarkers: true });
    expect(readSignals(document, { passwordField: false, inboxMarkers: [] })).toEqual({ passwordField: false, inboxMarkers: false });
  });

  it('a broken selector from the rules is simply not found', () => {
    document.body.innerHTML = '<p></p>';
    expect(readSignals(document, { passwordField: false, inboxMarkers: ['[[[', 'p'] }).inboxMarkers).toBe(true);
  });

  it('notices a password field a script adds after load, once', async () => {
    const onChange = vi.fn();
    const stop = watchPage(document, WATCH, { passwordField: false, inboxMarkers: false }, onChange, 10);
    const input = document.createElement('input');
    input.type = 'password';
    document.body.append(input);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ passwordField: true, inboxMarkers: false }));
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('never reads a field value', () => {
    document.body.innerHTML = '<input type="password">';
    const input = document.querySelector('input')!;
    const spy = vi.spyOn(input, 'value', 'get');
    readSignals(document, WATCH);
    expect(spy).not.toHaveBeenCalled();
  });

  it('watches nothing when nothing is asked', () => {
    const onChange = vi.fn();
    watchPage(document, { passwordField: false, inboxMarkers: [] }, { passwordField: false, inboxMarkers: false }, onChange, 1)();
    document.body.innerHTML = '<input type="password">';
    expect(onChange).not.toHaveBeenCalled();
  });
});
