// @ts-nocheck
import { MemoryRepository } from '../../../src/storage/memory-repository.ts';
import { describeRepositoryContract } from '../../support/repository-contract.ts';

describeRepositoryContract('MemoryRepository', (options) => {
  const repo = new MemoryRepository(options);
  return Promise.resolve({ repo, dispose: () => Promise.resolve(repo.close()) });
});
