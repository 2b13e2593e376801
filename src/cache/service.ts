/**
 * The one seam to the GitHub cache service. Tests replace this module
 * (jest.unstable_mockModule) until a loopback cache service exists; the rest
 * of src/cache talks only to these functions.
 */
export {
  restoreCache,
  saveCache,
  isFeatureAvailable,
  ReserveCacheError,
  ValidationError
} from '@actions/cache';
