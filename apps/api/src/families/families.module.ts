import { Module } from '@nestjs/common';

/** Family contacts and the directory of outside services and professionals. */
@Module({ controllers: [], providers: [] })
export class FamiliesModule {}
