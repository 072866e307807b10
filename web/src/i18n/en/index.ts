/** The English resources, one module an area of the app. */
import common from './common';
import home from './home';
import place from './place';
import compare from './compare';
import country from './country';
import org from './org';
import event from './event';
import project from './project';
import source from './source';
import entry from './entry';
import analysis from './analysis';
import indices from './indices';
import matching from './matching';
import account from './account';
import proposals from './proposals';
import stewardship from './stewardship';
import lifecycle from './lifecycle';
import visibility from './visibility';
import network from './network';

const en = {
  ...common,
  ...home,
  ...place,
  ...compare,
  ...country,
  ...org,
  ...event,
  ...project,
  ...source,
  ...entry,
  ...analysis,
  ...indices,
  ...matching,
  ...account,
  ...proposals,
  ...stewardship,
  ...lifecycle,
  ...visibility,
  ...network,
};

export default en;
