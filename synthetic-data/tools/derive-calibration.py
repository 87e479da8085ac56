#!/usr/bin/env python3
"""Derives src/main/resources/calibration/la-targets.csv from the published LAIT extract
(DfE published statistics, Open Government Licence; see ../../docs/measures.md, provenance).
Usage: tools/derive-calibration.py /path/to/lait-childrens-social-care.csv > src/main/resources/calibration/la-targets.csv
Population aged 0-17 is derived from count/rate pairs: referrals / rate-per-10,000, or children on
a plan at 31 March / its rate. Missing values stay empty: the generator falls back to the LA's
nearest year, then to the England value."""
import csv, sys
WANTED = {
    'CPP_Total_NumRef': 'referrals', 'CPP_Total_Rateper10,000': 'referral_rate', 'ReReferral': 'rereferral_pct',
    'Section_47': 's47_rate', 'ISCP_Conf': 'icpc_rate', 'CPP_Abuse_Rate': 'cpp_start_rate', 'CPP_rate': 'cpp_rate',
    'CPP_Num': 'cpp_num', 'CIN': 'cin_rate', 'PrevRegCPR': 'prev_cpp_pct', 'CPPlans2yrs': 'cpp_2yrs_pct',
    'Referrals_AssessedNotNeed': 'not_in_need_pct', '10_ICPC': 'icpc_0_10', '15_ICPC': 'icpc_11_15',
    '20_ICPC': 'icpc_16_20', '21_ICPC': 'icpc_21_plus', 'RefBySource_Police_%': 'src_police_pct',
    'RefBySource_HealthServ_%': 'src_health_pct', 'RefBySource_Schl_%': 'src_school_pct',
    'Work_Force_NoSW': 'sw_fte', 'Work_Force_Vac_Rate': 'vacancy_pct', 'Work_Force_TO_Rate': 'turnover_pct',
    'Work_Force_Agecy_Rate': 'agency_pct',
    # context and other-source datasets (synthetic source-data uploads)
    'PriFSM': 'pri_fsm_pct', 'SecFSM': 'sec_fsm_pct', 'HospAd0-14': 'injury_admissions_rate',
    'CareApplications': 'care_applications_rate', 'CIN_KS2_ExpStd_RWM': 'cin_ks2_rwm_pct',
}
data = {}
for r in csv.DictReader(open(sys.argv[1], newline='')):
    if r['measure'] not in WANTED:
        continue
    code = r['old_la_code'].strip() if r['old_la_code'] else ''
    if r['area_name'] == 'England':
        code = 'ENG'
    if not code:
        continue
    try:
        v = float(r['value'])
    except ValueError:
        continue
    data.setdefault((code, int(r['period'])), {})[WANTED[r['measure']]] = v
cols = ['area', 'year', 'population_0_17'] + [c for c in WANTED.values() if c not in ('referrals', 'cpp_num')]
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(cols)
for (code, year) in sorted(data):
    d = data[(code, year)]
    pop = None
    if d.get('referrals') and d.get('referral_rate'):
        pop = d['referrals'] / d['referral_rate'] * 10000
    elif d.get('cpp_num') and d.get('cpp_rate'):
        pop = d['cpp_num'] / d['cpp_rate'] * 10000
    d['population_0_17'] = round(pop) if pop else None
    w.writerow([code, year] + [('' if d.get(c) is None else (d[c] if c == 'population_0_17' else round(d[c], 2))) for c in cols[2:]])
