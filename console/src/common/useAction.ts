import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey, type CallOptions } from '../api/http';
import { showFieldErrors } from './ProblemAlert';

export interface ActionOptions<TInput> {
  method?: CallOptions['method'];
  path: (input: TInput) => string;
  body?: (input: TInput) => unknown;
  /** lists and records to read again once the action succeeded */
  invalidates?: readonly unknown[][];
  form?: FormInstance;
  successMessage?: string;
  /** a POST that creates something carries an Idempotency-Key, kept across retries of the same attempt */
  idempotent?: boolean;
}

/**
 * One user action against the API: sends it, puts field errors next to their fields, shows
 * what went wrong otherwise (the returned `error` for a ProblemAlert) and refreshes what changed.
 */
export function useAction<TInput, TResult = unknown>(options: ActionOptions<TInput>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [unshown, setUnshown] = useState<{ field: string; message: string }[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation<TResult, Error, TInput>({
    mutationFn: (input) =>
      api<TResult>(options.path(input), {
        method: options.method ?? 'POST',
        body: options.body ? options.body(input) : input,
        idempotencyKey: options.idempotent ? key : undefined,
      }),
    onMutate: () => setUnshown([]),
    onSuccess: async () => {
      setKey(newIdempotencyKey());
      message.success(options.successMessage ?? t('state.saved'));
      await Promise.all((options.invalidates ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => setUnshown(showFieldErrors(options.form, error)),
  });
  return { ...mutation, fieldErrors: unshown };
}
