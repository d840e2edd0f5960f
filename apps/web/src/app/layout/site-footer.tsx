import { SERVICE_NAME } from '../../config/service';

export function SiteFooter() {
  return (
    <footer className="footer">
      <div className="width-container">
        <p className="footer__text">
          {SERVICE_NAME}: the SEND register and provision map for schools and trusts.
        </p>
        <p className="footer__text">
          Pupil information is confidential. Sign out when you leave a shared device.
        </p>
      </div>
    </footer>
  );
}
