/**
 * GB/T 2260 administrative division code: six digits, the first two a province-level division.
 *
 * Only the province is checked. County codes change every year, while an identity number keeps
 * the code of the county that first issued it, so no table of today's counties could judge one;
 * the province-level codes have only been added to since identity numbers began (46 Hainan in
 * 1988, 50 Chongqing in 1997).
 */

const PROVINCES = new Set([
  ...['11', '12', '13', '14', '15'], // Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia
  ...['21', '22', '23'], // Liaoning, Jilin, Heilongjiang
  ...['31', '32', '33', '34', '35', '36', '37'], // Shanghai … Shandong
  ...['41', '42', '43', '44', '45', '46'], // Henan … Hainan
  ...['50', '51', '52', '53', '54'], // Chongqing, Sichuan, Guizhou, Yunnan, Tibet
  ...['61', '62', '63', '64', '65'], // Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang
  ...['71', '81', '82'], // Taiwan, Hong Kong, Macao
]);

export function isProvinceCode(code: string): boolean {
  return PROVINCES.has(code);
}

export function isDivisionCode(code: string): boolean {
  return /^[0-9]{6}$/.test(code) && isProvinceCode(code.slice(0, 2));
}
