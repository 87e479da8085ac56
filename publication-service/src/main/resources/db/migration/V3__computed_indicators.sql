-- The collection years this platform computes from LA returns get a data set of their own, apart
-- from the historical series imported from DfE published statistics, so that nobody takes a
-- computed (in the demo: synthetic) year for a DfE figure. Every row of both also names its
-- source (data_source in the CSV, dataSource in the JSON).
insert into data_set (id, publication_id, title, summary) values
  ('computed-indicators', 'childrens-safeguarding-performance',
   'Safeguarding indicators computed from local authority returns',
   'Every catalogue indicator for England, regions and local authorities for the collection years this platform computes from local authorities'' Children in Need census and workforce returns, with numerators, denominators, 95% and 99.8% confidence intervals and comparisons with England, the region and statistical neighbours, after disclosure control. Not DfE published statistics: in the local demo every return is synthetic.');

update data_set
   set title = 'Safeguarding performance indicators: historical series from DfE published statistics',
       summary = 'Every catalogue indicator for England, regions and local authorities by collection year, 2015-16 to 2024-25, imported from DfE published statistics (LAIT) and mapped to catalogue indicators, after disclosure control. The years this platform computes from returns are the data set computed-indicators.'
 where id = 'safeguarding-indicators';
