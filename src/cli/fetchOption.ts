import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_FETCH_TIMEOUT_MS, parseDuration } from '../io/fetch.js';

/** `--fetch-timeout DURATION` for the commands that take URLs (a bad value is a usage error). */
export function fetchTimeoutOption(): Option {
  return new Option('--fetch-timeout <duration>', 'time limit for downloading a URL input (30, 30s, 1500ms, 2m)')
    .default(DEFAULT_FETCH_TIMEOUT_MS, '30s')
    .argParser((value: string) => {
      const ms = parseDuration(value);
      if (ms === null) throw new InvalidArgumentError('a duration: seconds, or a number with ms, s or m (30, 1500ms, 2m)');
      return ms;
    });
}
