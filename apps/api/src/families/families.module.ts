import { Module } from '@nestjs/common';
import { FamilyContactsController } from './family-contacts.controller';
import { FamilyContactsService } from './family-contacts.service';
import { ProfessionalsController } from './professionals.controller';
import { ProfessionalsService } from './professionals.service';

/** Family contacts and the directory of outside services and professionals. */
@Module({
  controllers: [FamilyContactsController, ProfessionalsController],
  providers: [FamilyContactsService, ProfessionalsService],
})
export class FamiliesModule {}
