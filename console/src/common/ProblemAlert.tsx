import { Alert, Button } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError, namePath } from '../api/problem';

/** The sentence a person reads for a failed call: the 403 says it belongs elsewhere, not just "forbidden". */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) {
    return (error as Error)?.message || t('error.server');
  }
  if (error.isNetwork) return t('error.network');
  if (error.isStale) return t('error.stale');
  switch (error.status) {
    case 401:
      return t('error.unauthorized');
    case 403:
      return t('error.forbidden');
    case 404:
      return t('error.notFound');
    case 409:
      return error.problem.detail ? `${t('error.conflict')}（${error.problem.detail}）` : t('error.conflict');
    case 400:
    case 422:
      return error.problem.detail || t('error.invalid');
    case 429:
      return t('error.tooMany');
    case 502:
    case 503:
    case 504:
      return t('error.unavailable');
    default:
      return error.status >= 500 ? t('error.server') : error.problem.detail || error.problem.title || t('error.server');
  }
}

/**
 * Puts each field error of a problem+json answer next to the form field it names; returns the
 * errors no field of this form shows, so the alert above the form can list them.
 */
export function showFieldErrors(form: FormInstance | undefined, error: unknown): { field: string; message: string }[] {
  if (!isApiError(error)) return [];
  const unshown: { field: string; message: string }[] = [];
  for (const fieldError of error.fieldErrors()) {
    const path = namePath(fieldError.field);
    if (form && fieldExists(form, path)) {
      form.setFields([{ name: path, errors: [fieldError.message] }]);
    } else {
      unshown.push(fieldError);
    }
  }
  return unshown;
}

function fieldExists(form: FormInstance, path: (string | number)[]): boolean {
  try {
    return form.getFieldInstance(path) !== undefined || form.isFieldTouched(path) || form.getFieldValue(path) !== undefined;
  } catch {
    return false;
  }
}

/** A failed call shown where it happened; a stale version offers to reload. */
export function ProblemAlert({ error, onReload, fieldErrors }: { error: unknown; onReload?: () => void; fieldErrors?: { field: string; message: string }[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = isApiError(error) && (error.isStale || error.status === 409);
  const listed = fieldErrors ?? (isApiError(error) ? error.fieldErrors() : []);
  return (
    <Alert
      type={isApiError(error) && error.status === 403 ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={t('error.title')}
      description={
        <>
          <div>{describeError(t, error)}</div>
          {listed.length > 0 && (
            <ul className="problem-fields">
              {listed.map((item) => (
                <li key={item.field}>{t('error.field', { field: item.field, message: item.message })}</li>
              ))}
            </ul>
          )}
        </>
      }
      action={
        stale && onReload ? (
          <Button size="small" onClick={onReload}>
            {t('state.reload')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
