import { Link } from 'react-router-dom';
import { QueryView } from '../../../shared/ui/QueryView';
import * as urls from '../../../shared/urls/app-urls';
import { useHotlines } from '../api/get-hotlines';
import { PhoneLink } from './PhoneLink';

/** The home page's "Đường dây nóng" box: the district's own lines, and the way to the rest. */
export function HotlineBox() {
  const query = useHotlines();
  return (
    <section className="box hotline-box" aria-labelledby="hotline-title">
      <h2 id="hotline-title">Đường dây nóng</h2>
      <QueryView query={query} part="danh sách đường dây nóng">
        {(hotlines) => {
          if (hotlines.length === 0) return <p>Đang cập nhật</p>;
          return hotlines.map((hotline) => (
            <div key={hotline.id} className="hotline-box__contact">
              <p className="hotline-box__name">{hotline.name}</p>
              <ul className="plain-list">
                {hotline.phones.map((phone) => (
                  <li key={`${phone.label}${phone.number}`}>
                    <PhoneLink number={phone.number} />
                    {phone.label && <span className="muted"> ({phone.label})</span>}
                  </li>
                ))}
              </ul>
            </div>
          ));
        }}
      </QueryView>
      <p>
        <Link to={urls.contacts()}>Danh bạ các phòng ban và phường</Link>
      </p>
    </section>
  );
}
