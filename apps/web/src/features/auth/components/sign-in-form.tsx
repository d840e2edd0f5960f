import { useState, type SubmitEvent, type ReactNode } from 'react';
import { formText } from '../../../utils/form-text';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { useSignIn } from '../api/sign-in';
import {
  EMAIL_FIELD_ID,
  PASSWORD_FIELD_ID,
  signInProblemFrom,
  validateSignIn,
  type SignInProblem,
} from './sign-in-errors';

/**
 * Sign in, in the GOV.UK pattern: error summary above the h1, labels above the fields, messages next
 * to them. On success the session changes to signed in and the page sends the person home.
 */
export function SignInForm({ notice }: { notice?: ReactNode }) {
  const signIn = useSignIn();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = (next: SignInProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const data = new FormData(event.currentTarget);
    const credentials = {
      email: formText(data, 'email').trim(),
      password: formText(data, 'password'),
    };
    const invalid = validateSignIn(credentials);
    if (invalid) {
      fail(invalid);
      return;
    }
    setProblem(null);
    signIn.mutate(credentials, {
      onError: (error) => {
        fail(signInProblemFrom(error));
      },
    });
  };

  return (
    <>
      {problem ? null : notice}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <PageHeading title="Sign in" documentTitle={problem ? 'Error: Sign in' : 'Sign in'} />
      <p>Sign in with the email address your school gave this service.</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={EMAIL_FIELD_ID}
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          error={problem?.fields.email}
        />
        <TextField
          id={PASSWORD_FIELD_ID}
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={problem?.fields.password}
        />
        <Button type="submit" aria-disabled={signIn.isPending || undefined}>
          Sign in
        </Button>
        {signIn.isPending ? <Loading label="Signing you in" /> : null}
      </form>
    </>
  );
}
