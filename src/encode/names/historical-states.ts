/**
 * States and state names of the Cold War period that current gazetteers (countries-list) do not list, with the ISO
 * code of the present state where one continues it (empty when none does). Data, not rules: add a row to extend it.
 */
export const HISTORICAL_STATES: Record<string, string> = {
  USSR: '', 'U.S.S.R.': '', 'Soviet Union': '', 'CCCP': '', 'Union of Soviet Socialist Republics': '',
  PRC: 'CN', "People's Republic of China": 'CN', 'People’s Republic of China': 'CN',
  DPRK: 'KP', "Democratic People's Republic of Korea": 'KP', 'Democratic People’s Republic of Korea': 'KP',
  ROK: 'KR', Korea: '', 'North Vietnam': 'VN', 'South Vietnam': 'VN', DRV: 'VN',
  GDR: '', DDR: '', FRG: 'DE', 'East Germany': '', 'West Germany': 'DE',
  CSSR: '', ČSSR: '', Czechoslovakia: '', Yugoslavia: '', SFRY: '',
  'U.S.': 'US', 'U.S.A.': 'US', 'U.K.': 'GB', Peking: 'CN', Canton: 'CN'
}
