import { describe, expect, it } from 'vitest';
import { findContacts } from './contact-text';

const hrefs = (text: string) => findContacts(text).map((m) => m.href);
const texts = (text: string) => findContacts(text).map((m) => text.slice(m.start, m.end));

describe('findContacts: numbers to dial', () => {
  it.each([
    ['Điện thoại: 08.8291913 (Bộ phận chuyên trách).', 'tel:088291913'],
    ['là 8.290.294 và', 'tel:8290294'],
    ['số 8.291.913.', 'tel:8291913'],
    ['di động 0909.022.456.', 'tel:0909022456'],
    ['gọi 0909 022 456 nhé', 'tel:0909022456'],
    ['gọi 0909022456', 'tel:0909022456'],
    ['ĐT (028) 3829 1913', 'tel:02838291913'],
    ['ĐT: 028.3829.1913', 'tel:02838291913'],
    ['ĐT:08.8291913', 'tel:088291913'],
    ['+84 909 022 456', 'tel:+84909022456'],
    ['số 3829 1913', 'tel:38291913'],
    ['số 8290294', 'tel:8290294'],
    ['tổng đài 1900 1234', 'tel:19001234'],
    ['08.8291913 (máy lẻ 12)', 'tel:088291913,12'],
    ['08.8291913 - số lẻ 105, phòng 1', 'tel:088291913,105'],
  ])('%s → %s', (text, href) => {
    expect(hrefs(text)).toEqual([href]);
  });

  it('finds every number of the seed article, as printed', () => {
    const text =
      'Hai số điện thoại nóng của hộp thư trả lời tự động tại UBND quận 1 là 8.290.294 và 0909.022.456.';
    expect(texts(text)).toEqual(['8.290.294', '0909.022.456']);
  });
});

describe('findContacts: not numbers', () => {
  it.each([
    ['Ngày 17/12/2007, UBND quận 1'],
    ['thông báo số 244/TB-UBND về'],
    ['Chỉ thị số 32/2006/CT-TTg ngày 07/09/2006'],
    ['TCVN ISO 9001:2000 về hệ thống'],
    ['lệ phí 1.500.000 đồng'],
    ['lệ phí 2.500.000'],
    ['1.500.000.000 đồng'],
    ['trong 15 ngày, 10 phường'],
    ['số 47 Lê Duẩn'],
    ['ngày 25.12.2007'],
    ['ngày 2007-12-25'],
    ['20 12 2007'],
    ['lúc 11:19 - 10/12/2007'],
    ['năm 2007 có 1500 hồ sơ'],
    ['3.500.000 người'],
    ['mã 12345678901234567'],
    ['http://www.quan1.hochiminhcity.gov.vn'],
    ['tài khoản 0071000123456789'],
  ])('%s', (text) => {
    expect(hrefs(text)).toEqual([]);
  });
});

describe('findContacts: e-mail addresses', () => {
  it('links an address, not the full stop after it', () => {
    const text = 'thư điện tử: cchc@quan1hcm.gov.vn. Hoặc';
    expect(texts(text)).toEqual(['cchc@quan1hcm.gov.vn']);
    expect(hrefs(text)).toEqual(['mailto:cchc@quan1hcm.gov.vn']);
  });

  it('orders phones and addresses as they come', () => {
    expect(hrefs('a@b.vn hoặc 0909.022.456')).toEqual(['mailto:a@b.vn', 'tel:0909022456']);
  });
});
